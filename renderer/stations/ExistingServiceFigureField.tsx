import { figureProblem, unknownAllowed, type ExistingServiceFigure } from '@shared/commands/existing-service-figures.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';
import { NumberField } from '../components/fields/NumberField.tsx';

type Props = { figure: ExistingServiceFigure; label: string; value: number | null; onChange(value: number | null): void };

/**
 * A figure of an existing service. An empty field means not known where the figure may be
 * unknown; where it may not (participants), an empty field asks for 0 rather than for a number.
 */
export function ExistingServiceFigureField({ figure, label, value, onChange }: Props) {
  const t = useT();
  const word = useWord();
  const language = useLanguage((state) => state.language);
  const problem = (typed: number | null, text: string) => {
    if (typed === null && text.trim() !== '') return t('population.notANumber');
    const found = figureProblem(figure, typed);
    return found && word(found);
  };
  return (
    <NumberField
      label={label}
      value={value}
      format={(number) => formatNumber(number, language)}
      parse={(text) => parseTypedNumber(text)}
      validate={problem}
      onChange={onChange}
      unknownAllowed={unknownAllowed[figure]}
      hint={unknownAllowed[figure] ? t('holdings.unknownHint') : undefined}
    />
  );
}
