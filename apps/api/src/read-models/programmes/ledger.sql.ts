/**
 * Each enrolment of a programme made by $2 (a date), as it stood that day: its category then (the
 * latest reclassification since its enrolment, by business date), whether a programme hearing had
 * concluded, whether it stood resolved (its latest resolution or rebound by then was a resolution;
 * of one day, the one recorded last), signed off, ever rebounded, and its plan tasks overdue (due
 * before that day and not done by it).
 */
export const LEDGER_ENTRIES_SQL = `
  SELECT e.reason, e.track, e.owning_leader,
         COALESCE((SELECT r.category FROM read_model.programme_reclassifications r
                    WHERE r.petition_id = e.petition_id AND r.version > e.version AND r.reclassified_on <= $2
                    ORDER BY r.reclassified_on DESC, r.version DESC LIMIT 1), e.category) AS category,
         EXISTS (SELECT 1 FROM read_model.programme_milestones m
                  WHERE m.petition_id = e.petition_id AND m.seq = e.seq AND m.kind = 'heard' AND m.on_date <= $2) AS heard,
         COALESCE((SELECT m.kind = 'resolved' FROM read_model.programme_milestones m
                    WHERE m.petition_id = e.petition_id AND m.seq = e.seq AND m.kind IN ('resolved', 'rebounded') AND m.on_date <= $2
                    ORDER BY m.on_date DESC, m.version DESC LIMIT 1), false) AS resolved,
         EXISTS (SELECT 1 FROM read_model.programme_milestones m
                  WHERE m.petition_id = e.petition_id AND m.seq = e.seq AND m.kind = 'signed_off' AND m.on_date <= $2) AS signed_off,
         EXISTS (SELECT 1 FROM read_model.programme_milestones m
                  WHERE m.petition_id = e.petition_id AND m.seq = e.seq AND m.kind = 'rebounded' AND m.on_date <= $2) AS rebounded,
         (SELECT count(*) FROM read_model.programme_tasks t
           WHERE t.petition_id = e.petition_id AND t.seq = e.seq AND t.set_on <= $2 AND t.due_on < $2 AND (t.done_on IS NULL OR t.done_on > $2))::int AS tasks_overdue
    FROM read_model.programme_enrolments e
   WHERE e.programme_id = $1 AND e.enrolled_on <= $2`;
