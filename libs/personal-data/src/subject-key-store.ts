/** Where each data subject's key lives; destroying a key erases every field sealed with it. */
export interface SubjectKeyStore {
  /** A fresh key for a new subject. */
  create(subject: string): Promise<Buffer>;
  /** The keys of these subjects; `null` for a subject whose key was destroyed (erased) or never existed. */
  find(subjects: readonly string[]): Promise<Map<string, Buffer | null>>;
  /** Destroys the keys for good; answers which subjects were erased now. */
  erase(subjects: readonly string[], erasure: { readonly reason: string; readonly erasedBy: string }): Promise<string[]>;
}
