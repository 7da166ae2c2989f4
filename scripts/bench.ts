/**
 * `npm run bench`: prints the figures the issues ask for. Each benchmark is a module under
 * scripts/bench/ exporting `run(): Promise<void>`; pass names to run only some of them
 * (`npm run bench -- matcher`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

for (const name of names) {
  const module = (await import(`./bench/${name}.ts`)) as { run: () => Promise<void> };
  console.log(`\n== ${name} ==`);
  await module.run();
}
