import type { JSX } from "preact";

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "type" | "min" | "max" | "value" | "onInput"> & {
  /** The range the core accepts (api/constants.ts LIMITS): the field says it, the core enforces it. */
  limit: { min: number; max: number };
  /** As typed: an empty field stays empty (the core refuses what is out of range). */
  value: string;
  onValue: (value: string) => void;
};

/** A field for a whole number in the core's range: a grade, a class, a number, a port, a year. */
export function NumberInput({ limit, value, onValue, ...rest }: Props) {
  return (
    <input
      {...rest}
      type="number"
      min={limit.min}
      max={limit.max}
      value={value}
      onInput={(e) => onValue(e.currentTarget.value)}
    />
  );
}
