import { useT } from '../../i18n/i18n.ts';

const shown = 50;

/** Rows and cells an import could not take in, each saying what was done instead; long lists are cut short. */
export function ProblemList({ title, messages }: { title: string; messages: string[] }) {
  const t = useT();
  if (messages.length === 0) return null;
  return (
    <section aria-label={title} className="problem-list">
      <h3>{title}</h3>
      <ul>
        {messages.slice(0, shown).map((message, index) => (
          <li key={index}>
            <bdi>{message}</bdi>
          </li>
        ))}
      </ul>
      {messages.length > shown && <p className="hint">{t('preview.moreProblems', { count: messages.length - shown })}</p>}
    </section>
  );
}
