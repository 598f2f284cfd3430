interface ResultChoiceProps<Value extends string> {
  name: string;
  legend: string;
  options: readonly { value: Value; label: string; hint?: string }[];
  value: Value;
  onChange: (value: Value) => void;
}

/** One choice about the document itself (its language, its length): it applies at once, no Save. */
export function ResultChoice<Value extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: ResultChoiceProps<Value>) {
  return (
    <fieldset className="ui-fieldset result-choice">
      <legend className="ui-legend">{legend}</legend>
      <div className="ui-choices ui-choices--radios ui-choices--inline">
        {options.map((option) => {
          const id = `f-${name}-${option.value}`;
          return (
            <div className="ui-choice" key={option.value}>
              <input
                className="ui-choice__input"
                id={id}
                type="radio"
                name={name}
                checked={value === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label className="ui-choice__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint && (
                <div id={`${id}-hint`} className="ui-hint ui-choice__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
