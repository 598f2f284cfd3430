import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/Layout';
import { lockReason } from '@/document/locked-clauses';
import { PolicyNodes } from '@/features/preview/PolicyPreview';
import type { OutlineItem } from './outline';
import { StaleNotice } from './StaleNotice';

export type ClauseAction = 'omit' | 'reword' | 'add' | 'reset' | 'change' | 'remove';

/** The id of a clause's button: where focus goes back to when an editor closes. */
export const actionId = (action: ClauseAction, clauseId: string) => `wording-${action}-${clauseId}`;

export interface ClauseItemProps {
  item: OutlineItem;
  /** The policy's language tag: headings and text are policy text, the buttons UI text. */
  lang: string;
  stale?: { before: string; now: string };
  /** The open editor for this clause's own heading and text, shown in place of them. */
  editor?: ReactNode;
  /** The open editor for a clause to add after this one, shown below it. */
  addEditor?: ReactNode;
  onAction: (action: ClauseAction, item: OutlineItem) => void;
  onKeepStale: (id: string, now: string) => void;
}

/**
 * One clause as the reader sees it, with what she can do to it. Every button names its clause
 * (in visually hidden words), so a list of buttons read out of context still says what each does.
 */
export function ClauseItem({ item, lang, stale, editor, addEditor, onAction, onKeepStale }: ClauseItemProps) {
  const { t } = useTranslation();
  const headingId = `wording-heading-${item.id}`;
  const Heading = item.depth === 1 ? 'h2' : 'h3';
  const omitted = item.kind === 'standard' && item.status === 'omitted';
  const tag =
    item.kind === 'own'
      ? { tone: 'green' as const, text: t('wording.tag.own') }
      : item.status === 'reworded'
        ? { tone: 'blue' as const, text: t('wording.tag.reworded') }
        : omitted
          ? { tone: 'grey' as const, text: t('wording.tag.omitted') }
          : undefined;
  // A section's heading stays when its introduction goes: only a clause's heading is struck out.
  const struck = omitted && item.depth === 2;

  return (
    <article className={`wording-clause wording-clause--depth-${item.depth}`} aria-labelledby={headingId}>
      {item.heading === '' ? (
        // Her text without a heading of its own (from an answers file): named in the UI's words.
        <Heading id={headingId} className="wording-clause__heading">
          {t('wording.untitled.heading')}
        </Heading>
      ) : (
        <Heading id={headingId} className="wording-clause__heading" lang={lang}>
          {struck ? <del>{item.heading}</del> : item.heading}
        </Heading>
      )}
      {tag && (
        <p className="wording-clause__tag">
          <Tag tone={tag.tone}>{tag.text}</Tag>
        </p>
      )}
      {stale && (
        <StaleNotice
          id={item.id}
          lang={lang}
          before={stale.before}
          now={stale.now}
          onKeep={() => onKeepStale(item.id, stale.now)}
          onUseNew={() => onAction('reset', item)}
        />
      )}
      {editor ?? (
        <>
          {item.kind === 'own' && item.heading === '' && (
            <p className="wording-clause__omitted">{t('wording.untitled.text')}</p>
          )}
          {omitted ? (
            <p className="wording-clause__omitted">
              {t(item.depth === 1 ? 'wording.omittedIntro' : 'wording.omittedText')}
            </p>
          ) : (
            item.nodes.length > 0 && (
              <div className="policy wording-clause__text" lang={lang}>
                <PolicyNodes nodes={item.nodes} headingOffset={1} />
              </div>
            )
          )}
          <Actions item={item} onAction={onAction} />
        </>
      )}
      {addEditor}
    </article>
  );
}

function Actions({ item, onAction }: Pick<ClauseItemProps, 'item' | 'onAction'>) {
  const { t } = useTranslation();
  const button = (action: ClauseAction, label: string) => (
    <li key={action}>
      <button
        type="button"
        id={actionId(action, item.id)}
        className="wording-action"
        onClick={() => onAction(action, item)}
      >
        {label}
        <span className="visually-hidden"> {item.heading || t('wording.untitled.heading')}</span>
      </button>
    </li>
  );

  if (item.kind === 'own')
    return (
      <ul className="wording-actions">
        {button('change', t('wording.action.change'))}
        {button('remove', t('wording.action.remove'))}
      </ul>
    );

  const { clause, status } = item;
  const locked = lockReason(clause.id);
  // A section without an introduction has nothing to leave out; its heading can still be reworded.
  const canOmit = status !== 'omitted' && !locked && clause.standard !== '';
  return (
    <>
      {locked && <p className="wording-clause__lock">{t(`wording.locked.${locked}`)}</p>}
      <ul className="wording-actions">
        {canOmit &&
          button('omit', t(clause.depth === 1 ? 'wording.action.omitIntro' : 'wording.action.omit'))}
        {button('reword', t('wording.action.reword'))}
        {/* Also after a clause left out: a clause added there keeps that place (wording-edits.ts). */}
        {button('add', t('wording.action.add'))}
        {status !== 'standard' && button('reset', t('wording.action.reset'))}
      </ul>
    </>
  );
}
