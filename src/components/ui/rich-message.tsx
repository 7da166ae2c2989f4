import { Fragment, type ReactNode } from 'react';
import { useT, type MessageId, type MessageParams } from '@/i18n';

const MARK = '\u0001';
const MARKED = new RegExp(`${MARK}(\\w+)${MARK}`);

/**
 * A whole message with elements in it, such as a command in monospace: each of `nodes` fills the
 * message's argument of the same name, so that each language puts it where its sentence needs
 * it (docs/architecture.md, "Languages"). Plain arguments go in `params`.
 *
 * @example <RichMessage id="settings.demo.fill" nodes={{ project: <code>cn-north-4</code> }} />
 */
export function RichMessage({
  id,
  params,
  nodes,
}: {
  id: MessageId;
  params?: MessageParams;
  nodes: Readonly<Record<string, ReactNode>>;
}) {
  const { t } = useT();
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${MARK}${name}${MARK}`]));
  const parts = t(id, { ...params, ...marks }).split(MARKED);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{index % 2 === 1 ? nodes[part] : part}</Fragment>
      ))}
    </>
  );
}
