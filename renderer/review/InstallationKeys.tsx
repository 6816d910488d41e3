import { useEffect } from 'react';
import { keyFingerprint } from '@shared/review/approval-signature.ts';
import { keyFileProblemText } from '@shared/review/key-file-problem.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { loadInstallationKeys, useInstallationKeys } from './trusted-keys.ts';

/**
 * The ministry keys the installation trusts without an import, and where they come from: the
 * user cannot forget them here, but sees which they are and which folder to change.
 */
export function InstallationKeys() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const installation = useInstallationKeys((state) => state.installation);
  // Read again whenever the keys are shown: an administrator may have added a file since.
  useEffect(() => {
    void loadInstallationKeys();
  }, []);
  if (!installation) return null;
  return (
    <>
      <h3>{t('trust.installation.title')}</h3>
      <p className="hint">{t('trust.installation.hint', { folders: installation.folders.join(' · ') })}</p>
      {installation.keys.length === 0 ? (
        <p>{t('trust.installation.none')}</p>
      ) : (
        <ul className="trusted-keys">
          {installation.keys.map((key) => (
            <li key={key.file}>
              <bdi>{key.name}</bdi> · <code dir="ltr">{keyFingerprint(key.publicKey)}</code>
            </li>
          ))}
        </ul>
      )}
      {installation.problems.map((problem) => (
        <p key={problem.file} className="field-error">
          {t('trust.installation.unreadable', { file: problem.file, reason: keyFileProblemText(problem.error, language) })}
        </p>
      ))}
    </>
  );
}
