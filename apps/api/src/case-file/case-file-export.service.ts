import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { shanghaiDate } from '@xinfang/petition';
import type { PDFDocument } from 'pdf-lib';
import { DOCUMENTS_SETTINGS, type DocumentsSettings } from '../documents/documents.settings.js';
import { PdfRenderer } from '../documents/pdf-renderer.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { CaseFileContents, type OpenedContent } from './case-file-contents.js';
import { type CaseFileMember, caseFileMembers, indexLine } from './case-file-index.js';
import { assembledPdf, memberPages, pageCount } from './case-file-pdf.js';
import { caseFileFrontMatter, type PlacedLine } from './templates/case-file-cover.js';

const NOT_INCLUDED: Record<Exclude<OpenedContent['state'], 'present'>, string> = {
  erased: '已依法删除',
  altered: '文件与登记的哈希值不符，未收入',
  missing: '文件缺失，未收入',
};

/** The front matter is printed again until the page numbers it lists account for its own length. */
const MAX_LAYOUTS = 4;

/**
 * 卷宗: a cover, the index (卷宗目录) with each member's pages, then every issued document and
 * attachment in the order recorded, as one PDF. Only bytes that still hash to their events go in;
 * erased or altered ones are listed and marked.
 */
@Injectable()
export class CaseFileExport {
  constructor(
    private readonly cases: CaseLoader,
    private readonly contents: CaseFileContents,
    private readonly pdf: PdfRenderer,
    @Inject(DOCUMENTS_SETTINGS) private readonly settings: DocumentsSettings,
  ) {}

  async export(petitionId: string, now: Date): Promise<{ pdf: Buffer; receiptNumber: string; members: number }> {
    const { recorded, state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    const members = caseFileMembers(state, recorded);
    const parts = await Promise.all(members.map((member) => this.pagesOf(member)));
    const counts = parts.map((part) => (part.pages ? part.pages.getPageCount() : 0));
    let frontPages = 2;
    for (let layout = 1; ; layout++) {
      let next = frontPages + 1;
      const lines: PlacedLine[] = members.map((member, index) => {
        const line = { ...indexLine(member), ...(parts[index]!.note ? { note: parts[index]!.note } : {}), firstPage: counts[index] ? next : null, pages: counts[index]! };
        next += counts[index]!;
        return line;
      });
      const facts = { bureauName: this.settings.bureauName, compiledOn: shanghaiDate(now), totalPages: next - 1 };
      const front = await this.pdf.render(caseFileFrontMatter(state, lines, facts));
      const printed = await pageCount(front);
      if (printed === frontPages || layout === MAX_LAYOUTS) {
        const pages = parts.flatMap((part) => (part.pages ? [part.pages] : []));
        return { pdf: await assembledPdf(front, pages, `信访事项卷宗 ${state.receiptNumber}`), receiptNumber: state.receiptNumber, members: members.length };
      }
      frontPages = printed;
    }
  }

  private async pagesOf(member: CaseFileMember): Promise<{ pages?: PDFDocument; note?: string }> {
    const address = member.source === 'document' ? member.document : member.attachment;
    const content = await this.contents.open(address);
    if (content.state !== 'present') return { note: NOT_INCLUDED[content.state] };
    const mediaType = member.source === 'document' ? 'application/pdf' : member.attachment.mediaType;
    return { pages: await memberPages(content.bytes, mediaType) };
  }
}
