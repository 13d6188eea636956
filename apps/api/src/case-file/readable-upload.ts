import type { AttachmentMediaType } from '@xinfang/petition';
import { PDFDocument } from 'pdf-lib';

/**
 * Whether the case file can use the file: a PDF whose pages can be copied (not encrypted, not
 * broken), an image that can be placed on a page. Answers why not, or nothing.
 */
export async function unreadableReason(bytes: Buffer, type: AttachmentMediaType): Promise<string | undefined> {
  try {
    if (type === 'application/pdf') {
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      return pdf.getPageCount() > 0 ? undefined : 'The PDF has no pages.';
    }
    const scratch = await PDFDocument.create();
    // A copy of its own: pdf-lib reads a JPEG through a DataView of the whole underlying buffer, ignoring a view's offset.
    const image = new Uint8Array(bytes);
    await (type === 'image/png' ? scratch.embedPng(image) : scratch.embedJpg(image));
    return undefined;
  } catch (error) {
    return `The file cannot be read as ${type}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
