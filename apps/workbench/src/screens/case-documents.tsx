import type { PetitionCase } from '../case-types.js';
import { DOCUMENT_LABELS } from '../labels.js';
import { Empty, Panel } from '../parts.js';

/** The documents the case's steps so far allow, each a preview (HTML, printable) and a PDF. */
function documentsOf(found: PetitionCase): { kind: string; query: string; label: string }[] {
  const { petition } = found;
  const documents: { kind: string; query: string; label: string }[] = [];
  const add = (kind: string, query = '', suffix = '') => documents.push({ kind, query, label: `${DOCUMENT_LABELS[kind]}${suffix}` });
  if (petition.acceptance?.decision === 'accepted') add('acceptance-notice');
  if (petition.acceptance?.decision === 'not_accepted') add('non-acceptance-notice');
  if (petition.extension) add('extension-notice');
  for (const hearing of petition.hearings ?? []) if (hearing.status === 'concluded') add('hearing-record', `&hearingId=${hearing.hearingId}`, `（${hearing.hearingDate}）`);
  if (petition.mediations?.some((mediation) => mediation.agreement)) add('mediation-agreement');
  if (petition.opinion) add('handling-opinion');
  if (petition.review?.opinion) add('review-opinion');
  if (petition.finalReview?.opinion) add('final-review-opinion');
  return documents;
}

export function CaseDocuments({ found }: { found: PetitionCase }) {
  const documents = documentsOf(found);
  return (
    <Panel title="文书">
      {documents.length === 0 ? <Empty /> : (
        <ul className="documents">
          {documents.map((document) => {
            const base = `/petitions/${found.id}/documents/${document.kind}?format=`;
            return (
              <li key={`${document.kind}${document.query}`} data-document={document.kind}>
                <span>{document.label}</span>
                <a href={`${base}html${document.query}`} target="_blank" rel="noopener">预览</a>
                <a href={`${base}pdf${document.query}`} target="_blank" rel="noopener">PDF</a>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
