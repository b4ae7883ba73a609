/** Fake Excel.CommentCollection (workbook.comments) and Excel.Comment. */
import { officeError } from '../errors';
import type { AnnotationModel, WorkbookModel } from '../model/workbook';
import { addAnnotation, cellResolver, locationOf, removeAnnotation } from './annotation-support';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

const comments = (wb: WorkbookModel) => wb.annotations.filter((a) => a.kind === 'comment');

const SCHEMA: ProxySchema<WorkbookModel, object> = {
  typeName: 'CommentCollection',
  scalars: {},
  items: (wb, ctx, path) =>
    comments(wb).map((a) => new FakeComment(ProxyCore.forTarget(ctx, COMMENT_SCHEMA, `${path}.${call('getItem', a.id)}`, a))),
};

export function commentsProxy(workbook: ProxyCore<WorkbookModel, unknown>): FakeCommentCollection {
  return new FakeCommentCollection(workbook.child(SCHEMA, 'comments', (wb) => wb));
}

export class FakeCommentCollection
  extends FakeLoadable<Excel.CommentCollection, WorkbookModel, object>
  implements Faithful<FakeCommentCollection, Excel.CommentCollection>
{
  get items(): Excel.Comment[] {
    return this[CORE].readItems<Excel.Comment>();
  }
  add(
    cellAddress: Excel.Range | string,
    content: Excel.CommentRichContent | string,
    contentType?: Excel.ContentType | 'Plain' | 'Mention',
  ): Excel.Comment {
    const core = this[CORE];
    const cell = cellResolver(core.ctx, cellAddress, 'CommentCollection.add');
    const text = typeof content === 'string' ? content : content.richContent;
    const create = (wb: WorkbookModel) => addAnnotation(wb, 'comment', cell(), text, 'CommentCollection.add');
    const args = [typeof cellAddress === 'string' ? cellAddress : 'Range', text, contentType ?? 'Plain'];
    return asReal(queueCreate(core, 'add', args, create, (path, resolve) => commentProxy(core.ctx, path, resolve)));
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (wb) => comments(wb).length);
  }
  getItem(commentId: string): Excel.Comment {
    return this.find('getItem', [commentId], (wb) => comments(wb).find((a) => a.id === commentId), false);
  }
  getItemOrNullObject(commentId: string): Excel.Comment {
    return this.find('getItemOrNullObject', [commentId], (wb) => comments(wb).find((a) => a.id === commentId), true);
  }
  getItemAt(index: number): Excel.Comment {
    return this.find('getItemAt', [index], (wb) => comments(wb)[index], false);
  }
  getItemByCell(cellAddress: Excel.Range | string): Excel.Comment {
    const cell = cellResolver(this[CORE].ctx, cellAddress, 'CommentCollection.getItemByCell');
    return this.find(
      'getItemByCell',
      [typeof cellAddress === 'string' ? cellAddress : 'Range'],
      (wb) => {
        const ref = cell();
        const found = wb.annotationAt(ref.sheet, ref.rect.row, ref.rect.col);
        return found?.kind === 'comment' ? found : undefined;
      },
      false,
    );
  }

  private find(member: string, args: unknown[], pick: (wb: WorkbookModel) => AnnotationModel | undefined, orNull: boolean): Excel.Comment {
    const core = this[CORE];
    const comment = commentProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const wb = core.targetOrNull();
      const found = wb ? pick(wb) : undefined;
      if (found) return found;
      if (orNull || !wb) return null;
      throw officeError('ItemNotFound', `CommentCollection.${member}`);
    });
    comment[CORE].queueBind(`CommentCollection.${member}`, args);
    return asReal(comment);
  }
}

type CommentScalars = Pick<Excel.Comment, 'id' | 'content' | 'authorName' | 'authorEmail' | 'creationDate' | 'resolved' | 'contentType'>;

const COMMENT_SCHEMA: ProxySchema<AnnotationModel, CommentScalars> = {
  typeName: 'Comment',
  scalars: {
    id: (a) => a.id,
    content: (a) => a.content,
    authorName: (a) => a.authorName,
    authorEmail: () => 'fake@example.invalid',
    creationDate: (a) => a.creationDate,
    resolved: (a) => a.resolved,
    contentType: () => 'Plain',
  },
  isAlive: (a) => !a.deleted,
};

function commentProxy(ctx: ContextCore, path: string, resolve: () => AnnotationModel | null): FakeComment {
  return new FakeComment(new ProxyCore(ctx, COMMENT_SCHEMA, path, resolve));
}

export class FakeComment
  extends FakeLoadable<Excel.Comment, AnnotationModel, CommentScalars>
  implements Faithful<FakeComment, Excel.Comment>
{
  get id(): string {
    return this[CORE].read('id');
  }
  get content(): string {
    return this[CORE].read('content');
  }
  set content(content: string) {
    this[CORE].action('content', content, (a) => (a.content = content));
  }
  get authorName(): string {
    return this[CORE].read('authorName');
  }
  get authorEmail(): string {
    return this[CORE].read('authorEmail');
  }
  get creationDate(): Date {
    return this[CORE].read('creationDate');
  }
  get resolved(): boolean {
    return this[CORE].read('resolved');
  }
  set resolved(resolved: boolean) {
    this[CORE].action('resolved', resolved, (a) => (a.resolved = resolved));
  }
  get contentType(): Excel.Comment['contentType'] {
    return this[CORE].read('contentType');
  }
  getLocation(): Excel.Range {
    return locationOf(this[CORE], 'getLocation');
  }
  delete(): void {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('delete', null, (a) => removeAnnotation(wb, a));
  }
}
