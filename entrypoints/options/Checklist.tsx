// A list the marketer ticks items into and out of: the brief's platforms and its jurisdictions.

export function Checklist<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  name,
  title,
}: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  name: (option: T) => string;
  title?: (option: T) => string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="choice" title={title?.(option)}>
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={() =>
              onChange(chosen.includes(option) ? chosen.filter((x) => x !== option) : [...chosen, option])
            }
          />
          {name(option)}
        </label>
      ))}
    </fieldset>
  );
}
