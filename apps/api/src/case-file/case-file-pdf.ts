import type { AttachmentMediaType } from '@xinfang/petition';
import { PageSizes, PDFDocument } from 'pdf-lib';

/** Scans are placed on A4 within this margin (points), turned landscape when wider than tall. */
const IMAGE_MARGIN = 36;

/** A member of the case file as pages: a PDF as it is, an image placed on an A4 page, scaled to fit. */
export async function memberPages(bytes: Buffer, mediaType: AttachmentMediaType): Promise<PDFDocument> {
  // Copies of their own: pdf-lib reads some inputs through a DataView of the whole underlying buffer.
  const data = new Uint8Array(bytes);
  if (mediaType === 'application/pdf') return PDFDocument.load(data, { updateMetadata: false });
  const pdf = await PDFDocument.create();
  const image = mediaType === 'image/png' ? await pdf.embedPng(data) : await pdf.embedJpg(data);
  const [short, long] = PageSizes.A4;
  const [width, height] = image.width > image.height ? [long, short] : [short, long];
  const scale = Math.min((width - 2 * IMAGE_MARGIN) / image.width, (height - 2 * IMAGE_MARGIN) / image.height);
  const drawn = { width: image.width * scale, height: image.height * scale };
  pdf.addPage([width, height]).drawImage(image, { x: (width - drawn.width) / 2, y: (height - drawn.height) / 2, ...drawn });
  return pdf;
}

export async function pageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(new Uint8Array(pdf), { updateMetadata: false })).getPageCount();
}

/** One PDF: the front matter, then every member's pages in order. */
export async function assembledPdf(frontMatter: Buffer, members: readonly PDFDocument[], title: string): Promise<Buffer> {
  const assembled = await PDFDocument.create();
  assembled.setTitle(title);
  for (const source of [await PDFDocument.load(new Uint8Array(frontMatter)), ...members]) {
    for (const page of await assembled.copyPages(source, source.getPageIndices())) assembled.addPage(page);
  }
  return Buffer.from(await assembled.save());
}
