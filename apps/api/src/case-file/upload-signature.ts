import type { AttachmentMediaType } from '@xinfang/petition';

/** Why an upload is refused before anything is stored: 400 (empty or cut short) or 415 (not the type it claims). */
export interface UploadRefusal {
  readonly status: 400 | 415;
  readonly detail: string;
}

const SIGNATURES: Record<AttachmentMediaType, { readonly magic: Buffer; readonly name: string }> = {
  'application/pdf': { magic: Buffer.from('%PDF-', 'latin1'), name: 'a PDF (%PDF-)' },
  'image/jpeg': { magic: Buffer.from([0xff, 0xd8, 0xff]), name: 'a JPEG (FF D8 FF)' },
  'image/png': { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), name: 'a PNG (89 50 4E 47 0D 0A 1A 0A)' },
};

/** How far from the end a file's closing marker may sit: PDF writers and cameras leave a little padding after it. */
const TAIL_BYTES = 1024;

/**
 * The declared type checked against the bytes' own signature, and the file's end against the
 * marker its format closes with (`%%EOF`, JPEG's EOI, PNG's IEND chunk), so that a scan cut short
 * in transfer is refused rather than kept as evidence.
 */
export function uploadRefusal(bytes: Buffer, declared: string): UploadRefusal | undefined {
  if (bytes.length === 0) return { status: 400, detail: 'The file is empty (zero bytes).' };
  if (!(declared in SIGNATURES)) return { status: 415, detail: `Attachments are PDF, JPEG or PNG; the file was sent as ${declared || 'no type'}.` };
  const type = declared as AttachmentMediaType;
  const { magic, name } = SIGNATURES[type];
  if (!bytes.subarray(0, magic.length).equals(magic)) return { status: 415, detail: `The file was sent as ${type}, but its bytes do not begin as ${name} does.` };
  if (!complete(bytes, type)) return { status: 400, detail: `The file is truncated: it does not end as a complete ${type} file does.` };
  return undefined;
}

function complete(bytes: Buffer, type: AttachmentMediaType): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES));
  switch (type) {
    case 'application/pdf':
      return tail.includes(Buffer.from('%%EOF', 'latin1'));
    case 'image/jpeg':
      return bytes.length > 4 && tail.includes(Buffer.from([0xff, 0xd9]));
    case 'image/png':
      return tail.includes(Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
  }
}
