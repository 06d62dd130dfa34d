export type SelectOption = { value: string; label: string };

/**
 * A labelled select of a filter form (a GET form: the page reads the choice from the URL). `anyLabel`
 * adds a first, empty choice that leaves the filter off.
 */
export function SelectField({
  id,
  name,
  label,
  defaultValue,
  options,
  anyLabel,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  options: readonly SelectOption[];
  anyLabel?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="select" defaultValue={defaultValue}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
