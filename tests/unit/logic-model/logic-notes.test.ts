import { describe, expect, it } from 'vitest';
import { addLogicNote, removeLogicNote, setLogicNoteField } from '@shared/commands/logic-note-commands.ts';
import { removeServices } from '@shared/budget/budget-commands.ts';
import { removeOutcome } from '@shared/commands/outcome-commands.ts';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';

const base = buildPlan({ services: [buildService({ id: 'club', outcomeIds: ['o'] })], outcomes: [buildOutcome('o')] });

describe('the model’s notes', () => {
  it('adds, edits and removes an assumption attached to a service, and the model attaches it to the service’s node', () => {
    const added = addLogicNote(base, { note: { id: 'n1', nodeId: 'club', kind: 'assumption', text: '' } });
    const worded = setLogicNoteField(added, { id: 'n1', field: 'text', value: 'המתנדבים יגיעו כל שבוע' });
    const moved = setLogicNoteField(worded, { id: 'n1', field: 'nodeId', value: 'goal:belonging' });
    const external = setLogicNoteField(moved, { id: 'n1', field: 'kind', value: 'external-factor' });
    expect(deriveLogicModel(worded).notes).toEqual([{ id: 'n1', kind: 'assumption', text: 'המתנדבים יגיעו כל שבוע', attachedTo: 'service:club' }]);
    expect(deriveLogicModel(external).notes).toEqual([{ id: 'n1', kind: 'external-factor', text: 'המתנדבים יגיעו כל שבוע', attachedTo: 'goal:belonging' }]);
    expect(removeLogicNote(external, { id: 'n1' }).logicModelNotes).toEqual([]);
    expect(base.logicModelNotes).toEqual([]);
  });

  it('keeps a saved note through the file format', () => {
    const noted = addLogicNote(base, { note: { id: 'n1', nodeId: 'input:ministry', kind: 'external-factor', text: 'תקציב המשרד יאושר בזמן' } });
    const read = readPlan(JSON.stringify(noted));
    expect(read.ok && read.plan.logicModelNotes).toEqual(noted.logicModelNotes);
  });

  it('goes with the service or outcome it was attached to', () => {
    const noted = addLogicNote(addLogicNote(base, { note: { id: 'n1', nodeId: 'club', kind: 'assumption', text: 'א' } }), {
      note: { id: 'n2', nodeId: 'o', kind: 'assumption', text: 'ב' },
    });
    expect(removeServices(noted, { ids: ['club'] }).logicModelNotes.map((note) => note.id)).toEqual(['n2']);
    expect(removeOutcome(noted, { id: 'o' }).logicModelNotes.map((note) => note.id)).toEqual(['n1']);
  });
});
