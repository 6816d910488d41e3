import type { CellTextProblem } from '@shared/budget/read-cell-text.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** Why a typed or pasted cell was not taken, in the user's language. */
export function useProblemText(): (problem: CellTextProblem) => string {
  const t = useT();
  const language = useLanguage((state) => state.language);
  return (problem) => {
    switch (problem.code) {
      case 'read-only':
        return t('cell.readOnly');
      case 'not-a-number':
        return t('cell.notANumber', { text: problem.text });
      case 'out-of-range':
        return t('cell.outOfRange', { min: formatNumber(problem.min, language), max: formatNumber(problem.max, language) });
      case 'empty-name':
        return t('cell.emptyName');
      case 'unknown-option':
        return t('cell.unknownOption', { text: problem.text });
      case 'formula-in-text':
        return t('cell.formulaInText');
      case 'too-long':
        return t('cell.tooLong', { max: formatNumber(problem.max, language) });
      case 'formula-refused': {
        const { refusal } = problem;
        return refusal.code === 'too-long'
          ? t('cell.formulaTooLong', { length: formatNumber(refusal.length, language), limit: formatNumber(refusal.limit, language) })
          : t('cell.formulaTooDeep', { depth: formatNumber(refusal.depth, language), limit: formatNumber(refusal.limit, language) });
      }
      case 'plan-invalid':
        return t('cell.planInvalid', { path: problem.path });
      case 'cost-too-large':
        return t('cell.costTooLarge', { max: formatNumber(problem.max, language) });
    }
  };
}
