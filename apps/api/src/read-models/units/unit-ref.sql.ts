/**
 * A case's unit reference (its code, or the free-text name history wrote) as the register reads it
 * (DOMAIN.md "Responsible units": upcast by exact name where the register holds it, else shown as an
 * unregistered name), in SQL: the registered unit's code, else the reference itself. Resolved when
 * asked, so a unit registered after the case was handed to it by name counts as that unit at once.
 */
export function unitCodeSql(ref: string): string {
  return `coalesce((SELECT u.code FROM read_model.units u WHERE u.code = ${ref} OR u.name = ${ref} ORDER BY u.code = ${ref} DESC LIMIT 1), ${ref})`;
}

/** Whether the unit reference in `column` names the unit whose code is `code` (a placeholder): by its code or its registered name. */
export function refersToUnitSql(column: string, code: string): string {
  return `(${column} = ${code} OR ${column} = (SELECT u.name FROM read_model.units u WHERE u.code = ${code}))`;
}
