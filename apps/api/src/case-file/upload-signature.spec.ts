import { uploadRefusal } from './upload-signature.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const PNG_END = Buffer.from([0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(25), PNG_END]);

describe('an upload’s bytes against its declared type', () => {
  it('accepts whole PDF, JPEG and PNG files sent as what they are', () => {
    expect(uploadRefusal(PDF, 'application/pdf')).toBeUndefined();
    expect(uploadRefusal(JPEG, 'image/jpeg')).toBeUndefined();
    expect(uploadRefusal(PNG, 'image/png')).toBeUndefined();
  });

  it('refuses with 415 a type it does not take, or bytes that are another type than declared', () => {
    expect(uploadRefusal(PDF, 'text/plain')).toMatchObject({ status: 415 });
    expect(uploadRefusal(PNG, 'application/pdf')).toMatchObject({ status: 415, detail: expect.stringContaining('%PDF-') });
    expect(uploadRefusal(PDF, 'image/jpeg')).toMatchObject({ status: 415 });
  });

  it('refuses with 400 an empty file, and each format cut short before its closing marker', () => {
    expect(uploadRefusal(Buffer.alloc(0), 'application/pdf')).toMatchObject({ status: 400, detail: expect.stringContaining('empty') });
    expect(uploadRefusal(PDF.subarray(0, PDF.length - 8), 'application/pdf')).toMatchObject({ status: 400, detail: expect.stringContaining('truncated') });
    expect(uploadRefusal(JPEG.subarray(0, JPEG.length - 2), 'image/jpeg')).toMatchObject({ status: 400 });
    expect(uploadRefusal(PNG.subarray(0, PNG.length - 12), 'image/png')).toMatchObject({ status: 400 });
  });
});
