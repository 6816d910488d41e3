import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useReviewSession, type WorkingRole } from '../state/review-session.ts';

const roles: readonly WorkingRole[] = ['team', 'reviewer'];

/** Who is working: the role (a reviewer's plan is read-only) and the name recorded with each act and comment. */
export function WorkingAs() {
  const t = useT();
  const role = useReviewSession((state) => state.role);
  const setRole = useReviewSession((state) => state.setRole);
  const setUserName = useReviewSession((state) => state.setUserName);
  const savedName = useReviewSession((state) => state.userName);
  const [name, setName] = useState(savedName);
  const nameId = useId();
  return (
    <fieldset className="working-as">
      <legend>{t('review.you')}</legend>
      <div role="radiogroup" aria-label={t('review.role')} className="choice-row">
        {roles.map((each) => (
          <label key={each}>
            <input type="radio" name="review-role" checked={role === each} onChange={() => setRole(each)} />
            {t(`review.role.${each}`)}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={nameId}>{t('review.yourName')}</label>
        <input
          id={nameId}
          dir="auto"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => {
            if (name.trim() !== savedName) setUserName(name.trim());
          }}
        />
      </div>
    </fieldset>
  );
}
