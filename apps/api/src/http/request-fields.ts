import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * An optional field: absent is fine, but `null` is validated like any other value and refused,
 * rather than read as absent and passed on to the case record.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_request: object, value: unknown) => value !== undefined);
}

/**
 * A field that belongs to some values of another field only (the reason of a withdrawal, the organ
 * of a diversion): sent with another value it is refused, not ignored.
 */
export function OnlyWhen<Request extends object>(discriminator: keyof Request & string, values: readonly unknown[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'onlyWhen',
      validator: {
        validate: (_value, args) => values.includes((args?.object as Request)[discriminator]),
        defaultMessage: () => `$property applies only when ${discriminator} is ${values.join(' or ')}`,
      },
    },
    options,
  );
}
