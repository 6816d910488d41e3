import { useEffect, useId, useState } from 'react';
import type { HostResult, KeyKeeping } from '@shared/host-api.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { keyFingerprint } from '@shared/review/approval-signature.ts';
import { host } from '../host/host-client.ts';
import { useT } from '../i18n/i18n.ts';
import { exportPublicKey, forgetKey, importPublicKey } from '../state/review-actions.ts';
import { useReviewSession } from '../state/review-session.ts';
import { InstallationKeys } from './InstallationKeys.tsx';

/** How the host keeps the private key, said under its fingerprint: the user should know when it is only a file. */
const keepingLine = {
  'system-store': 'desktop.key.keptBySystemStore',
  file: 'desktop.key.keptInFile',
  'system-store-unreachable': 'desktop.key.keptBySystemStoreUnreachable',
} as const satisfies Record<KeyKeeping, MessageKey>;

/** This installation's key (to hand out), the reviewers' keys imported to check approvals against, and the installation's own list. */
export function SigningKeys() {
  const t = useT();
  const trustedKeys = useReviewSession((state) => state.trustedKeys);
  const userName = useReviewSession((state) => state.userName);
  const [ownKey, setOwnKey] = useState<HostResult<'keys:own'> | null>(null);
  const [name, setName] = useState(userName);
  const nameId = useId();
  useEffect(() => {
    void host['keys:own']({}).then(setOwnKey);
  }, []);
  return (
    <section className="signing-keys" aria-labelledby="signing-keys-title">
      <h2 id="signing-keys-title">{t('review.keys')}</h2>
      <p className="hint">{t('review.keysHint')}</p>
      {ownKey && (
        <p>
          {t('review.ownKey')} <code dir="ltr">{keyFingerprint(ownKey.publicKey)}</code>
        </p>
      )}
      {ownKey && <p>{t(keepingLine[ownKey.keeping])}</p>}
      <div className="field">
        <label htmlFor={nameId}>{t('review.keyName')}</label>
        <input id={nameId} dir="auto" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="button" disabled={!name.trim()} onClick={() => void exportPublicKey(name.trim())}>
          {t('review.exportKey')}
        </button>
        <button type="button" onClick={() => void importPublicKey()}>
          {t('review.importKey')}
        </button>
      </div>
      <h3>{t('review.trustedKeys')}</h3>
      {trustedKeys.length === 0 ? (
        <p>{t('trust.noImportedKeys')}</p>
      ) : (
        <ul className="trusted-keys">
          {trustedKeys.map((key) => (
            <li key={key.publicKey}>
              <bdi>{key.name}</bdi> · <code dir="ltr">{keyFingerprint(key.publicKey)}</code>{' '}
              <button type="button" aria-label={t('review.forgetKey', { name: key.name })} onClick={() => void forgetKey(key.publicKey)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <InstallationKeys />
    </section>
  );
}
