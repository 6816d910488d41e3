import { useId } from 'react';
import { addLogicNote, removeLogicNote, setLogicNoteField } from '@shared/commands/logic-note-commands.ts';
import { logicColumns, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { LogicModelNote, Plan } from '@shared/model/plan-schema.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** The plan item a note is stored against: a service's or an outcome's own id, or the full node id of a goal or an input. */
const storedId = (nodeId: string) => nodeId.replace(/^(service|outcome):/, '');

/**
 * The model's own notes: the assumptions the theory of change rests on and the external factors
 * it depends on, each attached to a node of the model. They appear on their node's box, under
 * the exported picture and in the logic-model sheet of the workbook.
 */
export function ModelNotes({ plan, model }: { plan: Plan; model: LogicModel }) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  const attachedTo = new Map(model.notes.map((note) => [note.id, note.attachedTo]));
  const firstService = model.nodes.find((node) => node.kind === 'output') ?? model.nodes[0];
  const add = () => {
    if (!firstService) return;
    const note: LogicModelNote = { id: `note-${crypto.randomUUID().slice(0, 8)}`, kind: 'assumption', nodeId: storedId(firstService.id), text: '' };
    perform(addLogicNote, { note });
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('logic.notes.title')}</h2>
      <p className="hint">{t('logic.notes.hint')}</p>
      {plan.logicModelNotes.length > 0 && (
        <table className="preview-table notes-table">
          <thead>
            <tr>
              <th scope="col">{t('logic.notes.kind')}</th>
              <th scope="col">{t('logic.notes.node')}</th>
              <th scope="col">{t('logic.notes.text')}</th>
              <th scope="col"><span className="visually-hidden">{t('logic.notes.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {plan.logicModelNotes.map((note, index) => {
              const position = index + 1;
              const node = attachedTo.get(note.id) ?? '';
              return (
                <tr key={note.id}>
                  <td>
                    <select
                      aria-label={t('logic.notes.kindOf', { number: position })}
                      value={note.kind}
                      onChange={(event) => perform(setLogicNoteField, { id: note.id, field: 'kind', value: event.target.value as LogicModelNote['kind'] })}
                    >
                      <option value="assumption">{t('logic.notes.assumption')}</option>
                      <option value="external-factor">{t('logic.notes.externalFactor')}</option>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t('logic.notes.nodeOf', { number: position })}
                      value={node}
                      onChange={(event) => perform(setLogicNoteField, { id: note.id, field: 'nodeId', value: storedId(event.target.value) })}
                    >
                      {node === '' && <option value="">{t('logic.notes.detached')}</option>}
                      {logicColumns.map(({ column, label }) => (
                        <optgroup key={column} label={localized(label)}>
                          {model.nodes.filter((candidate) => candidate.column === column).map((candidate) => (
                            <option key={candidate.id} value={candidate.id}>{localized(candidate.label)}</option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                  <td>
                    <textarea
                      aria-label={t('logic.notes.textOf', { number: position })}
                      value={note.text}
                      rows={2}
                      dir="auto"
                      maxLength={500}
                      onChange={(event) => perform(setLogicNoteField, { id: note.id, field: 'text', value: event.target.value })}
                    />
                  </td>
                  <td>
                    <button type="button" onClick={() => perform(removeLogicNote, { id: note.id })}>
                      {t('logic.notes.remove', { number: position })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" onClick={add} disabled={!firstService}>{t('logic.notes.add')}</button>
    </section>
  );
}
