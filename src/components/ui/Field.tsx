import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DATE_PARTS, type DatePart } from '@/lib/date-parts';
import { Tag } from './Layout';
import './ui.css';

/*
 * Question fields after the GOV.UK Design System: label (or legend), hint, inline error, control,
 * in that order, wired together with aria-describedby. Every word arrives through props, already
 * translated; these components know no language.
 */

/** What every question has besides its label: the words around it and its react-hook-form wiring. */
interface QuestionProps {
  hint?: ReactNode;
  /** The translated "(optional)", shown after the label. Required questions carry no marker. */
  optional?: string;
  /** The message shown inline; the same words as in the error summary. */
  error?: string;
  /** The translated "Error:", read out before the inline message but not shown. */
  errorPrefix: string;
  registration: UseFormRegisterReturn;
  /** What the answer is, e.g. "Example answer": a tag under the label, read out with the control. */
  tag?: string;
}

export interface FieldProps extends QuestionProps {
  /** The control's id: the error summary links to `#${id}`. */
  id: string;
  label: ReactNode;
  /** The label is the page's question, so it is the page's h1 (GOV.UK's one-question page). */
  labelAsHeading?: boolean;
  /** The language of what is typed, when it is not the page's (policy text): the spell checker's. */
  lang?: string;
}

export interface TextInputProps extends FieldProps {
  /** Sized to the expected answer, which tells the user how long it should be. Default: full width. */
  width?: 'short' | 'medium' | 'long';
  inputMode?: 'text' | 'email' | 'tel';
  autoComplete?: string;
}

export interface TextareaProps extends FieldProps {
  rows?: number;
  autoComplete?: string;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoicesProps extends QuestionProps {
  /** The first option's id; the error summary links to `#${idPrefix}`. The others get `${idPrefix}-${value}`. */
  idPrefix: string;
  /** Defaults to registration.name, which it must equal: react-hook-form finds the field by the input's name. */
  name?: string;
  legend: ReactNode;
  /** The legend is the page's question, so it is the page's h1. */
  legendAsHeading?: boolean;
  options: readonly ChoiceOption[];
  /** Side by side, for two short options such as Yes / No. */
  inline?: boolean;
}

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;
const tagId = (id: string) => `${id}-tag`;
const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/**
 * Only the handlers, ref and name go on the element: with `progressive: true` register() also
 * returns required/min/pattern attributes, and those would switch the browser's own validation
 * (and its untranslated bubbles) back on. We validate on Continue instead.
 */
function wiring({ name, ref, onChange, onBlur, disabled }: UseFormRegisterReturn) {
  return { name, ref, onChange, onBlur, disabled };
}

function ErrorMessage({ id, prefix, message }: { id: string; prefix: string; message: string }) {
  return (
    <p id={id} className="ui-error-message">
      <span className="visually-hidden">{prefix}</span> {message}
    </p>
  );
}

/** A tag about the answer, on a line of its own; a span, so it may go wherever text may. */
export function FieldTag({ id, text }: { id?: string; text: string }) {
  return (
    <span className="ui-field-tag">
      <Tag tone="yellow" id={id}>
        {text}
      </Tag>
    </span>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="ui-hint">
      {children}
    </div>
  );
}

/** The label, hint and error around one control, and the attributes that tie the control to them. */
function fieldParts({ id, label, hint, optional, error, errorPrefix, labelAsHeading, tag }: FieldProps) {
  const labelElement = (
    <label className={classes('ui-label', labelAsHeading && 'ui-label--heading')} htmlFor={id}>
      {label}
      {optional ? ` ${optional}` : null}
    </label>
  );
  const before = (
    <>
      {labelAsHeading ? <h1 className="ui-label-wrapper">{labelElement}</h1> : labelElement}
      {tag ? <FieldTag id={tagId(id)} text={tag} /> : null}
      {hint ? <Hint id={hintId(id)}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId(id)} prefix={errorPrefix} message={error} /> : null}
    </>
  );
  const control = {
    id,
    'aria-describedby': describedBy(
      Boolean(tag) && tagId(id),
      Boolean(hint) && hintId(id),
      Boolean(error) && errorId(id),
    ),
    'aria-invalid': error ? true : undefined,
  };
  return { before, control };
}

function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={classes('ui-form-group', Boolean(error) && 'ui-form-group--error')}>{children}</div>;
}

export function TextInput({ width, inputMode, autoComplete, lang, ...field }: TextInputProps) {
  const { before, control } = fieldParts(field);
  // Email addresses and phone numbers are not words: a spell checker only underlines them red.
  const noSpellCheck = inputMode === 'email' || inputMode === 'tel';
  return (
    <FormGroup error={field.error}>
      {before}
      <input
        {...wiring(field.registration)}
        {...control}
        // type="email" would turn a Danish domain such as blåbær.dk into punycode in some
        // browsers; inputMode alone brings up the right keyboard and leaves the text as typed.
        type="text"
        lang={lang}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={noSpellCheck ? false : undefined}
        className={classes(
          'ui-input',
          width && `ui-input--${width}`,
          Boolean(field.error) && 'ui-input--error',
        )}
      />
    </FormGroup>
  );
}

export function Textarea({ rows = 4, autoComplete, lang, ...field }: TextareaProps) {
  const { before, control } = fieldParts(field);
  return (
    <FormGroup error={field.error}>
      {before}
      <textarea
        {...wiring(field.registration)}
        {...control}
        rows={rows}
        lang={lang}
        autoComplete={autoComplete}
        className={classes('ui-textarea', Boolean(field.error) && 'ui-input--error')}
      />
    </FormGroup>
  );
}

export interface DateInputProps extends Omit<QuestionProps, 'registration'> {
  /** The fieldset's id; each part's input is `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  /** The question. */
  legend: ReactNode;
  /** The legend is the page's question, so it is the page's h1. */
  legendAsHeading?: boolean;
  /** The translated names of the parts: "Day", "Month", "Year". */
  partLabels: Record<DatePart, string>;
  /** An example date in the order of the fields, on a line of its own after the hint: "For example, 27 3 2027". */
  example?: string;
  /** One registration per part, e.g. `register('policy.effectiveDate.day')`. */
  registrations: Record<DatePart, UseFormRegisterReturn>;
  /** The parts the error is about (all three when the date as a whole is wrong); default all. */
  errorParts?: readonly DatePart[];
}

/** Characters each part is sized for: the width tells the user what to type. */
const DATE_PART_WIDTH: Record<DatePart, 2 | 4> = { day: 2, month: 2, year: 4 };

/**
 * GOV.UK's date input: day, month and year in three text fields in one fieldset, never the
 * browser's date picker (whose display and typing order follow the browser's locale, not the
 * page's).
 */
export function DateInput({
  id,
  legend,
  legendAsHeading,
  hint,
  optional,
  error,
  errorPrefix,
  tag,
  partLabels,
  example,
  registrations,
  errorParts = DATE_PARTS,
}: DateInputProps) {
  const hasHint = Boolean(hint) || Boolean(example);
  const legendText = (
    <>
      {legend}
      {optional ? ` ${optional}` : null}
    </>
  );
  return (
    <FormGroup error={error}>
      <fieldset
        className="ui-fieldset ui-date-input__fieldset"
        id={id}
        // A Change link from the check page lands here; Tab then leads to the day.
        tabIndex={-1}
        // VoiceOver reads the description of a fieldset only with the group role spelled out.
        role="group"
        aria-describedby={describedBy(
          Boolean(tag) && tagId(id),
          hasHint && hintId(id),
          Boolean(error) && errorId(id),
        )}
      >
        <legend className={classes('ui-legend', legendAsHeading && 'ui-legend--heading')}>
          {legendAsHeading ? <h1 className="ui-legend__heading">{legendText}</h1> : legendText}
        </legend>
        {tag ? <FieldTag id={tagId(id)} text={tag} /> : null}
        {hasHint ? (
          <Hint id={hintId(id)}>
            {hint}
            {hint && example ? ' ' : null}
            {example ? <span className="ui-date-input__example">{example}</span> : null}
          </Hint>
        ) : null}
        {error ? <ErrorMessage id={errorId(id)} prefix={errorPrefix} message={error} /> : null}
        <div className="ui-date-input">
          {DATE_PARTS.map((part) => {
            const partId = `${id}-${part}`;
            const inError = Boolean(error) && errorParts.includes(part);
            return (
              <div className="ui-date-input__item" key={part}>
                <label className="ui-date-input__label" htmlFor={partId}>
                  {partLabels[part]}
                </label>
                <input
                  {...wiring(registrations[part])}
                  id={partId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={inError ? true : undefined}
                  className={classes(
                    'ui-input',
                    'ui-date-input__input',
                    `ui-input--width-${DATE_PART_WIDTH[part]}`,
                    inError && 'ui-input--error',
                  )}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/** Radios and checkboxes share everything but the input type and the shape of the box. */
function Choices({
  type,
  idPrefix,
  name,
  legend,
  legendAsHeading,
  hint,
  optional,
  error,
  errorPrefix,
  options,
  registration,
  inline,
  tag,
}: ChoicesProps & { type: 'radio' | 'checkbox' }) {
  const legendText = (
    <>
      {legend}
      {optional ? ` ${optional}` : null}
    </>
  );
  return (
    <FormGroup error={error}>
      <fieldset
        className="ui-fieldset"
        aria-describedby={describedBy(
          Boolean(tag) && tagId(idPrefix),
          Boolean(hint) && hintId(idPrefix),
          Boolean(error) && errorId(idPrefix),
        )}
      >
        <legend className={classes('ui-legend', legendAsHeading && 'ui-legend--heading')}>
          {legendAsHeading ? <h1 className="ui-legend__heading">{legendText}</h1> : legendText}
        </legend>
        {tag ? <FieldTag id={tagId(idPrefix)} text={tag} /> : null}
        {hint ? <Hint id={hintId(idPrefix)}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId(idPrefix)} prefix={errorPrefix} message={error} /> : null}
        <div
          className={classes(
            'ui-choices',
            type === 'radio' ? 'ui-choices--radios' : 'ui-choices--checkboxes',
            inline && 'ui-choices--inline',
          )}
        >
          {options.map((option, index) => {
            // The first option's id is the group's: that is where the error summary sends focus.
            const id = index === 0 ? idPrefix : `${idPrefix}-${option.value}`;
            const optionHintId = `${id}-item-hint`;
            return (
              <div className="ui-choice" key={option.value}>
                <input
                  {...wiring(registration)}
                  name={name ?? registration.name}
                  className="ui-choice__input"
                  id={id}
                  type={type}
                  value={option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                />
                <label className="ui-choice__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={optionHintId} className="ui-hint ui-choice__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/** Pick one. */
export function Radios(props: ChoicesProps) {
  return <Choices {...props} type="radio" />;
}

/**
 * Pick any number. react-hook-form gives an array of the checked values when the group has
 * more than one box, or when the field's default value is an array (give it `[]`).
 */
export function Checkboxes(props: ChoicesProps) {
  return <Choices {...props} type="checkbox" />;
}
