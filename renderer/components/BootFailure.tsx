import { translate } from '../i18n/i18n.ts';
import { languages } from '@shared/model/localized-text.ts';

/**
 * Shown when the page cannot reach its host (an address without the token, a stopped server).
 * No setting could be read, so it speaks both languages.
 */
export function BootFailure({ detail }: { detail: string }) {
  return (
    <main className="empty-state" role="alert">
      {languages.map((language) => (
        <section key={language} lang={language} dir={language === 'he' ? 'rtl' : 'ltr'}>
          <h1>{translate(language, 'boot.title')}</h1>
          <p>{translate(language, 'boot.body')}</p>
        </section>
      ))}
      <p dir="ltr">
        <code>{detail}</code>
      </p>
    </main>
  );
}
