import { type FormEvent, useState } from 'react';
import { call, newIdempotencyKey, type Session, upload } from '../api.js';
import type { PetitionCase } from '../case-types.js';
import { describeFailure } from '../form.js';
import { DOCUMENT_LABELS } from '../labels.js';
import { Empty, Panel } from '../parts.js';

const ATTACHMENT_KIND_LABELS: Record<string, string> = {
  letter: '来信', identity_document: '身份证明', evidence: '证据材料', service_proof: '送达回证', signed_agreement: '签署的协议',
  hearing_minutes: '听证记录', completion_report: '办结报告', other: '其他',
};

/** The documents the case's steps so far allow, each a preview (HTML, printable) and a PDF. */
function documentsOf(found: PetitionCase): { kind: string; query: string; hearingId?: string; label: string }[] {
  const { petition } = found;
  const documents: { kind: string; query: string; hearingId?: string; label: string }[] = [];
  const add = (kind: string, hearingId?: string, suffix = '') => documents.push({ kind, query: hearingId ? `&hearingId=${hearingId}` : '', ...(hearingId && { hearingId }), label: `${DOCUMENT_LABELS[kind]}${suffix}` });
  if (petition.acceptance?.decision === 'accepted') add('acceptance-notice');
  if (petition.acceptance?.decision === 'not_accepted') add('non-acceptance-notice');
  if (petition.extension) add('extension-notice');
  for (const hearing of petition.hearings ?? []) if (hearing.status === 'concluded') add('hearing-record', hearing.hearingId, `（${hearing.hearingDate}）`);
  if (petition.mediations?.some((mediation) => mediation.agreement)) add('mediation-agreement');
  if (petition.opinion) add('handling-opinion');
  if (petition.review?.opinion) add('review-opinion');
  if (petition.finalReview?.opinion) add('final-review-opinion');
  return documents;
}

const issuedUrl = (found: PetitionCase, label: string) => `/petitions/${found.id}/documents/issued/${encodeURIComponent(label)}`;

/** 文书: previews of what the case allows; a clerk issues (印发) one — its number and the PDF kept as issued — and downloads it. */
export function CaseDocuments({ found, session, onDone }: { found: PetitionCase; session: Session; onDone: () => void }) {
  const documents = documentsOf(found);
  const issued = found.petition.caseFile?.documents ?? [];
  const mayIssue = session.roles.some((role) => role === 'clerk' || role === 'admin');
  const [failure, setFailure] = useState<string | undefined>();
  async function issue(kind: string, hearingId?: string) {
    setFailure(undefined);
    try {
      await call('POST', `/petitions/${found.id}/documents/${kind}/issue`, { body: hearingId ? { hearingId } : {}, idempotencyKey: newIdempotencyKey() });
      onDone();
    } catch (error) {
      setFailure(describeFailure(error));
    }
  }
  return (
    <Panel title="文书">
      {documents.length === 0 ? <Empty /> : (
        <ul className="documents">
          {documents.map((document) => {
            const base = `/petitions/${found.id}/documents/${document.kind}?format=`;
            const already = issued.find((item) => item.kind === document.kind && (document.hearingId === undefined || item.hearingId === document.hearingId));
            return (
              <li key={`${document.kind}${document.query}`} data-document={document.kind}>
                <span>{document.label}</span>
                <a href={`${base}html${document.query}`} target="_blank" rel="noopener">预览</a>
                <a href={`${base}pdf${document.query}`} target="_blank" rel="noopener">PDF</a>
                {already ? <a href={issuedUrl(found, already.number.label)} download data-issued={already.number.label}>下载 {already.number.label}</a>
                  : mayIssue ? <button type="button" className="quiet" onClick={() => void issue(document.kind, document.hearingId)}>出具</button> : null}
              </li>
            );
          })}
        </ul>
      )}
      {failure ? <p className="status error" role="alert">{failure}</p> : null}
    </Panel>
  );
}

/** 卷宗材料: the attachments, each downloadable, and an upload (PDF, JPEG or PNG) for the clerk and for the unit the case is with. */
export function CaseAttachments({ found, session, onDone }: { found: PetitionCase; session: Session; onDone: () => void }) {
  const attachments = found.petition.caseFile?.attachments ?? [];
  const mayUpload = session.roles.some((role) => role === 'clerk' || role === 'admin' || role === 'unit');
  const [kind, setKind] = useState('letter');
  const [file, setFile] = useState<File | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  // A new key empties the file input once its file is uploaded.
  const [round, setRound] = useState(0);
  async function send(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file, file.name);
    try {
      await upload(`/petitions/${found.id}/attachments`, form);
      setFile(undefined);
      setRound((value) => value + 1);
      onDone();
    } catch (error) {
      setFailure(describeFailure(error));
    }
    setBusy(false);
  }
  return (
    <Panel title="卷宗材料">
      {attachments.length === 0 ? <Empty /> : (
        <ul className="documents" data-testid="attachments">
          {attachments.map((attachment) => (
            <li key={attachment.attachmentId}>
              <span>{ATTACHMENT_KIND_LABELS[attachment.kind] ?? attachment.kind}</span>
              <span>{attachment.name ?? '（已删除）'}</span>
              <span className="muted">{attachment.addedOn}</span>
              {attachment.name ? <a href={`/petitions/${found.id}/attachments/${attachment.attachmentId}`} download>下载</a> : null}
            </li>
          ))}
        </ul>
      )}
      {mayUpload ? (
        <form className="case-file-upload" onSubmit={(event) => void send(event)}>
          <select aria-label="材料种类" value={kind} onChange={(event) => setKind(event.target.value)}>
            {Object.entries(ATTACHMENT_KIND_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
          <input key={round} type="file" aria-label="选择文件" accept="application/pdf,image/jpeg,image/png" onChange={(event) => setFile(event.target.files?.[0])} />
          <button type="submit" disabled={!file || busy}>{busy ? '正在上传…' : '上传'}</button>
        </form>
      ) : null}
      {failure ? <p className="status error" role="alert">{failure}</p> : null}
    </Panel>
  );
}
