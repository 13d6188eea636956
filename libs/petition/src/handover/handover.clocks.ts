import { caseClock, type CaseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';

export const HANDOVER_CLOCKS: ClockDerivations<'unit_objection' | 'unit_notice' | 'completion_report'> = {
  // A right's window: from the unit's receipt (from the handover, when none was recorded) until it objects.
  unit_objection: (petition) =>
    (petition.handovers ?? []).map((handover) => {
      const start = handover.receipt?.receivedOn ?? handover.decidedAt;
      return caseClock('unit_objection', handover.seq, start, {}, stopOf(start, handover.objection?.objectedAt), handover.toUnit);
    }),
  // From the unit's receipt until its written notice to the petitioner.
  unit_notice: (petition) =>
    (petition.handovers ?? []).flatMap((handover) => (handover.receipt ? [caseClock('unit_notice', handover.seq, handover.receipt.receivedOn, {}, stopOf(handover.receipt.receivedOn, handover.notice?.servedOn), handover.toUnit)] : [])),
  // From an assignment to the report-by date the bureau set, until a report is filed; a returned report starts the next.
  completion_report: (petition) => {
    const clocks: CaseClock<'completion_report'>[] = [];
    for (const handover of petition.handovers ?? []) {
      if (handover.decision !== 'assigned' || handover.reportBy === undefined) continue;
      let due = { from: handover.decidedAt, reportBy: handover.reportBy };
      handover.reports.forEach((report) => {
        clocks.push(caseClock('completion_report', clocks.length, due.from, { reportBy: due.reportBy }, stopOf(due.from, report.filedOn), handover.toUnit));
        if (report.review?.decision === 'returned') due = { from: report.review.reviewedOn, reportBy: report.review.reportBy };
      });
      const last = handover.reports.at(-1);
      if (!last || last.review?.decision === 'returned') clocks.push(caseClock('completion_report', clocks.length, due.from, { reportBy: due.reportBy }, undefined, handover.toUnit));
    }
    return clocks;
  },
};
