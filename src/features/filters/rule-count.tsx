/** "n / 10": how many rules a direction has out of its quota, stressed when it is full. */
export function RuleCount({ count, quota }: { count: number; quota: number }) {
  return (
    <span className={`tabular-nums ${count >= quota ? 'font-semibold text-amber-800' : ''}`}>
      {count} / {quota}
    </span>
  );
}
