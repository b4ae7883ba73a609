/** Fake Excel.NoteCollection (workbook.notes) and Excel.Note — the classic yellow cell notes. */
import { officeError } from '../errors';
import { parseAddress } from '../model/a1';
import type { AnnotationModel, WorkbookModel } from '../model/workbook';
import { sameName } from '../model/names';
import { addAnnotation, cellResolver, locationOf, removeAnnotation } from './annotation-support';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

const notes = (wb: WorkbookModel) => wb.annotations.filter((a) => a.kind === 'note');

/** A note is looked up by its cell ("Data!B3"). */
function noteAt(wb: WorkbookModel, key: string): AnnotationModel | undefined {
  const parsed = parseAddress(key);
  return notes(wb).find(
    (a) => (parsed.sheet === null || sameName(a.sheet.name, parsed.sheet)) && a.row === parsed.rect.row && a.col === parsed.rect.col,
  );
}

const SCHEMA: ProxySchema<WorkbookModel, object> = {
  typeName: 'NoteCollection',
  scalars: {},
  items: (wb, ctx, path) =>
    notes(wb).map((a) => new FakeNote(ProxyCore.forTarget(ctx, NOTE_SCHEMA, `${path}.${call('getItem', a.id)}`, a))),
};

export function notesProxy(workbook: ProxyCore<WorkbookModel, unknown>): FakeNoteCollection {
  return new FakeNoteCollection(workbook.child(SCHEMA, 'notes', (wb) => wb));
}

export class FakeNoteCollection
  extends FakeLoadable<Excel.NoteCollection, WorkbookModel, object>
  implements Faithful<FakeNoteCollection, Excel.NoteCollection>
{
  get items(): Excel.Note[] {
    return this[CORE].readItems<Excel.Note>();
  }
  add(cellAddress: Excel.Range | string, content: unknown): Excel.Note {
    const core = this[CORE];
    const cell = cellResolver(core.ctx, cellAddress, 'NoteCollection.add');
    const text = String(content);
    const create = (wb: WorkbookModel) => addAnnotation(wb, 'note', cell(), text, 'NoteCollection.add');
    const args = [typeof cellAddress === 'string' ? cellAddress : 'Range', text];
    return asReal(queueCreate(core, 'add', args, create, (path, resolve) => noteProxy(core.ctx, path, resolve)));
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (wb) => notes(wb).length);
  }
  getItem(key: string): Excel.Note {
    return this.find('getItem', [key], (wb) => noteAt(wb, key), false);
  }
  getItemOrNullObject(key: string): Excel.Note {
    return this.find('getItemOrNullObject', [key], (wb) => noteAt(wb, key), true);
  }
  getItemAt(index: number): Excel.Note {
    return this.find('getItemAt', [index], (wb) => notes(wb)[index], false);
  }

  private find(member: string, args: unknown[], pick: (wb: WorkbookModel) => AnnotationModel | undefined, orNull: boolean): Excel.Note {
    const core = this[CORE];
    const note = noteProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const wb = core.targetOrNull();
      const found = wb ? pick(wb) : undefined;
      if (found) return found;
      if (orNull || !wb) return null;
      throw officeError('ItemNotFound', `NoteCollection.${member}`);
    });
    note[CORE].queueBind(`NoteCollection.${member}`, args);
    return asReal(note);
  }
}

type NoteScalars = Pick<Excel.Note, 'authorName' | 'content' | 'visible'>;

const NOTE_SCHEMA: ProxySchema<AnnotationModel, NoteScalars> = {
  typeName: 'Note',
  scalars: { authorName: (a) => a.authorName, content: (a) => a.content, visible: (a) => a.visible },
  isAlive: (a) => !a.deleted,
};

function noteProxy(ctx: ContextCore, path: string, resolve: () => AnnotationModel | null): FakeNote {
  return new FakeNote(new ProxyCore(ctx, NOTE_SCHEMA, path, resolve));
}

export class FakeNote extends FakeLoadable<Excel.Note, AnnotationModel, NoteScalars> implements Faithful<FakeNote, Excel.Note> {
  get authorName(): string {
    return this[CORE].read('authorName');
  }
  get content(): string {
    return this[CORE].read('content');
  }
  set content(content: string) {
    this[CORE].action('content', content, (a) => (a.content = content));
  }
  get visible(): boolean {
    return this[CORE].read('visible');
  }
  set visible(visible: boolean) {
    this[CORE].action('visible', visible, (a) => (a.visible = visible));
  }
  getLocation(): Excel.Range {
    return locationOf(this[CORE], 'getLocation');
  }
  delete(): void {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('delete', null, (a) => removeAnnotation(wb, a));
  }
}
