/**
 * A list of every member of a union, in an order of one's choosing: a member left out fails the
 * type-check with an error naming it (`… not assignable to parameter of type '["missing", "object"]'`),
 * so a list kept beside a union never silently falls behind it.
 */
export function everyOf<Member extends string>() {
  return <const List extends readonly Member[]>(list: [Exclude<Member, List[number]>] extends [never] ? List : ['missing', Exclude<Member, List[number]>]): List => list as List;
}
