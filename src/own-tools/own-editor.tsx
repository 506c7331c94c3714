import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ownConditionNames, ownLimits, ownNotApplicableRows, type OwnCatalog, type OwnCell, type OwnChange, type OwnCondition, type OwnSource, type OwnTool } from '../catalog/own';
import { reportCatalog } from '../catalog/report';
import type { OwnProblem } from '../catalog/schema-own';
import { rowGroups, rowIds, toolIds, type RowGroupId, type RowId, type ToolId } from '../catalog/types';
import { ErrorSummary, type FieldError } from '../components/error-summary';
import { idFor } from './own-file';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What one row's controls hold while they are edited: text, as the inputs give it. */
interface CellDraft {
  /** yes, no, n/a, unknown; `value` for a number or a country code typed in `text`. */
  kind: 'yes' | 'no' | 'na' | 'unknown' | 'value';
  text: string;
  conditions: Record<(typeof ownConditionNames)[number], boolean>;
  upTo: string;
  /** A key of the list's sources, '' for none, or `new` for one typed below the row. */
  source: string;
  newSource: OwnSource;
  note: string;
}

const noConditions = () => Object.fromEntries(ownConditionNames.map((c) => [c, false])) as CellDraft['conditions'];
const emptySource = (): OwnSource => ({ publisher: '', title: '', date: '', url: '' });

/** A file's cell as the controls show it. */
function draftOf(cell: OwnCell | undefined): CellDraft {
  const conditions = noConditions();
  let upTo = '';
  for (const c of cell?.conditions ?? []) {
    if (typeof c === 'string') conditions[c] = true;
    else upTo = String(c.upToParticipants);
  }
  const value = cell?.value ?? 'unknown';
  const kind: CellDraft['kind'] = value === true ? 'yes' : value === false ? 'no' : value === 'n/a' ? 'na' : value === 'unknown' ? 'unknown' : 'value';
  return { kind, text: kind === 'value' ? String(value) : '', conditions, upTo, source: cell?.source ?? '', newSource: emptySource(), note: cell?.note ?? '' };
}

/** The controls' text as a file's cell, written as the file format has it; the check at the door judges it. */
function cellOf(draft: CellDraft, row: RowId, newKey: string): OwnCell {
  const text = draft.text.trim();
  const value: OwnCell['value'] = draft.kind === 'yes' ? true : draft.kind === 'no' ? false : draft.kind === 'na' ? 'n/a' : draft.kind === 'unknown' ? 'unknown'
    : row === 'maxParticipants' && /^\d+$/.test(text) ? Number(text) : text.toUpperCase();
  const cell: OwnCell = { value };
  const conditions: OwnCondition[] = [
    ...ownConditionNames.filter((c) => draft.conditions[c]),
    ...(draft.upTo.trim() ? [{ upToParticipants: /^\d+$/.test(draft.upTo.trim()) ? Number(draft.upTo.trim()) : Number.NaN }] : []),
  ];
  if (conditions.length) cell.conditions = conditions;
  const source = draft.source === 'new' ? newKey : draft.source;
  if (source) cell.source = source;
  if (draft.note.trim()) cell.note = draft.note.trim();
  return cell;
}

/** A new source typed below a row, as the file format has it (empty optional fields left out). */
function sourceOf(s: OwnSource): OwnSource {
  const out: OwnSource = { publisher: s.publisher.trim(), title: s.title.trim() };
  if (s.date?.trim()) out.date = s.date.trim();
  if (s.url?.trim()) out.url = s.url.trim();
  return out;
}

/** A key for a new source that the list does not use yet: s1, s2, … */
function freeKey(taken: Record<string, unknown>, n = 1): string {
  while (Object.hasOwn(taken, `s${n}`)) n++;
  return `s${n}`;
}

/** Where a problem shows in the form: the field it is about, by the id of its control. */
function fieldOf(problem: OwnProblem, prefix: string, newKeys: ReadonlyMap<string, RowId>): string {
  const { at } = problem;
  if (at.source !== undefined && newKeys.has(at.source)) return `${prefix}-${newKeys.get(at.source)!}-new-${at.field === 'url' || at.field === 'date' || at.field === 'title' ? at.field : 'publisher'}`;
  if (at.row) return `${prefix}-${at.row}-${at.field === 'source' || at.field === 'note' ? at.field : at.field === 'conditions' ? 'upto' : 'value'}`;
  if (at.field === 'name' || at.field === 'provider' || at.field === 'website') return `${prefix}-${at.field}`;
  if (at.field === 'title' || at.field === 'publisher') return `${prefix}-list-${at.field}`;
  return `${prefix}-name`;
}

/**
 * A problem as the form says it: the label of its field, then what is wrong ("Provider: is
 * empty"). The file's places ("Tool 6, field …") mean nothing to someone filling in a form.
 */
function formMessage(problem: OwnProblem, newKeys: ReadonlyMap<string, RowId>, t: Translate): string {
  const { at } = problem;
  const row = (r: RowId) => t(`catalog:rows.${r}`);
  let label: string;
  if (at.source !== undefined && newKeys.has(at.source)) {
    const part = at.field === 'url' || at.field === 'date' || at.field === 'title' ? at.field : 'publisher';
    label = `${row(newKeys.get(at.source)!)} – ${t(`own:editor.sourceFields.${part}`)}`;
  } else if (at.row) {
    const part = at.field === 'source' ? 'own:editor.source' : at.field === 'note' ? 'own:fields.note' : at.field === 'conditions' ? 'own:editor.more' : null;
    label = part ? `${row(at.row)} – ${t(part)}` : row(at.row);
  } else if (at.field === 'provider' || at.field === 'website') label = t(`own:editor.${at.field}`);
  else if (at.field === 'title' || at.field === 'publisher') label = t(at.field === 'title' ? 'own:editor.listTitle' : 'own:editor.listPublisher');
  else label = t('own:editor.name');
  return t('own:place.line', { place: label, problem: t(`own:problems.${problem.code}`, problem.params) });
}

interface CellFieldsProps {
  row: RowId;
  prefix: string;
  draft: CellDraft;
  sources: Record<string, OwnSource>;
  errors: ReadonlyMap<string, string>;
  onChange: (draft: CellDraft) => void;
}

/** The controls of one row: its value, its source (or a new one), and, one step away, its conditions and note. */
function CellFields({ row, prefix, draft, sources, errors, onChange }: CellFieldsProps) {
  const { t } = useTranslation(['own', 'catalog']);
  const id = (part: string) => `${prefix}-${row}-${part}`;
  const set = (patch: Partial<CellDraft>) => onChange({ ...draft, ...patch });
  const error = (part: string): ReactNode => {
    const message = errors.get(id(part));
    return message ? <p id={`${id(part)}-error`} className="field-error">{message}</p> : null;
  };
  const described = (part: string) => (errors.has(id(part)) ? `${id(part)}-error` : undefined);
  const typed = row === 'maxParticipants' || row === 'controllerLocation';
  const kinds: CellDraft['kind'][] = row === 'maxParticipants' ? ['value', 'unknown']
    : row === 'controllerLocation' ? ['value', 'na', 'unknown']
    : ['yes', 'no', ...(ownNotApplicableRows.includes(row) ? (['na'] as const) : []), 'unknown'];
  const kindLabel = (k: CellDraft['kind']) => t(k === 'value' ? (row === 'maxParticipants' ? 'editor.number' : 'editor.country') : `editor.kinds.${k}`);
  return (
    <fieldset className="own-editor__row" data-row-id={row}>
      <legend>{t(`catalog:rows.${row}`)}</legend>
      <div className="own-editor__line">
        <label htmlFor={id('value')} className="visually-hidden">{t('editor.value', { row: t(`catalog:rows.${row}`) })}</label>
        <select id={id('value')} value={draft.kind} onChange={(e) => set({ kind: e.target.value as CellDraft['kind'] })} aria-invalid={errors.has(id('value')) || undefined} aria-describedby={described('value')}>
          {kinds.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
        </select>
        {typed && draft.kind === 'value' ? (
          <>
            <label htmlFor={id('text')} className="visually-hidden">{kindLabel('value')}</label>
            <input id={id('text')} className="own-editor__short" value={draft.text} onChange={(e) => set({ text: e.target.value })}
              inputMode={row === 'maxParticipants' ? 'numeric' : 'text'} maxLength={row === 'maxParticipants' ? 7 : 2} autoComplete="off"
              placeholder={row === 'maxParticipants' ? '200' : 'NL'} aria-describedby={described('value')} />
          </>
        ) : null}
        <label htmlFor={id('source')}>{t('editor.source')}</label>
        <select id={id('source')} value={draft.source} onChange={(e) => set({ source: e.target.value })} aria-invalid={errors.has(id('source')) || undefined} aria-describedby={described('source')}>
          <option value="">{t('editor.noSource')}</option>
          {Object.entries(sources).map(([key, s]) => <option key={key} value={key}>[{key}] {s.publisher}, {s.title}</option>)}
          <option value="new">{t('editor.newSource')}</option>
        </select>
      </div>
      {error('value')}
      {error('source')}
      {draft.source === 'new' ? (
        <div className="own-editor__new-source">
          {(['publisher', 'title', 'date', 'url'] as const).map((part) => (
            <p key={part}>
              <label htmlFor={id(`new-${part}`)}>{t(`editor.sourceFields.${part}`)}</label>
              <input id={id(`new-${part}`)} value={draft.newSource[part] ?? ''} onChange={(e) => set({ newSource: { ...draft.newSource, [part]: e.target.value } })}
                type={part === 'url' ? 'url' : 'text'} maxLength={part === 'url' ? ownLimits.url : ownLimits.text} autoComplete="off"
                placeholder={part === 'date' ? '2026-12' : part === 'url' ? 'https://' : undefined} aria-describedby={described(`new-${part}`)} />
              {error(`new-${part}`)}
            </p>
          ))}
        </div>
      ) : null}
      <details className="own-editor__more" open={Boolean(draft.note || draft.upTo || Object.values(draft.conditions).some(Boolean)) || errors.has(id('upto')) || errors.has(id('note'))}>
        <summary>{t('editor.more')}</summary>
        {row === 'freeTier' ? null : (
          <div className="own-editor__conditions">
            {ownConditionNames.map((c) => (
              <label key={c} className="own-editor__check">
                <input type="checkbox" checked={draft.conditions[c]} onChange={(e) => set({ conditions: { ...draft.conditions, [c]: e.target.checked } })} />{' '}
                {t(`catalog:conditions.${c}`)}
              </label>
            ))}
            <p>
              <label htmlFor={id('upto')}>{t('editor.upTo')}</label>
              <input id={id('upto')} className="own-editor__short" value={draft.upTo} onChange={(e) => set({ upTo: e.target.value })} inputMode="numeric" maxLength={7} autoComplete="off" aria-describedby={described('upto')} />
              {error('upto')}
            </p>
          </div>
        )}
        <p>
          <label htmlFor={id('note')}>{t('editor.note', { max: ownLimits.note })}</label>
          <input id={id('note')} value={draft.note} onChange={(e) => set({ note: e.target.value })} maxLength={ownLimits.note} autoComplete="off" aria-describedby={described('note')} />
          {error('note')}
        </p>
      </details>
    </fieldset>
  );
}

interface EditorProps {
  /** The saved list, or null when this is its first tool. */
  catalog: OwnCatalog | null;
  /** The tool to edit; none for a new one. */
  tool?: OwnTool;
  /** A correction to edit (`tool`/`row` of a report tool); `'new'` for a new correction. */
  change?: OwnChange | 'new';
  onSave: (next: OwnCatalog, name: string) => void;
  onCancel: () => void;
}

const groups = Object.keys(rowGroups) as RowGroupId[];

/**
 * The form for one own tool (name, provider, website, and a control per row, grouped as the table groups them)
 * or one correction of a report tool's cell. It checks what it would save exactly as a file is
 * checked, and shows the problems as the question pages do: a summary that takes focus, each
 * linking to its field, and the message beside the field.
 */
export function OwnEditor({ catalog, tool, change, onSave, onCancel }: EditorProps) {
  const { t, i18n } = useTranslation(['own', 'catalog']);
  const prefix = useId().replace(/:/g, '');
  const isChange = change !== undefined;
  const existing = change !== undefined && change !== 'new' ? change : undefined;
  const [name, setName] = useState(tool?.name ?? '');
  const [provider, setProvider] = useState(tool?.provider ?? '');
  const [website, setWebsite] = useState(tool?.website ?? '');
  const [listTitle, setListTitle] = useState('');
  const [listPublisher, setListPublisher] = useState('');
  const [changeTool, setChangeTool] = useState<ToolId>(existing?.tool ?? toolIds[0]);
  const [changeRow, setChangeRow] = useState<RowId>(existing?.row ?? 'maxParticipants');
  const [cells, setCells] = useState<Record<RowId, CellDraft>>(() =>
    Object.fromEntries(rowIds.map((row) => [row, draftOf(existing && existing.row === row ? existing.cell : tool?.cells[row])])) as Record<RowId, CellDraft>);
  const [problems, setProblems] = useState<{ errors: FieldError[]; byField: Map<string, string> }>({ errors: [], byField: new Map() });
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  const sources = catalog?.sources ?? {};
  const loose = t as unknown as Translate;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      // New sources typed below rows get free keys; then the whole list is checked as a file.
      const allSources: Record<string, OwnSource> = { ...sources };
      const newKeys = new Map<string, RowId>();
      const rows = isChange ? [changeRow] : rowIds;
      const ownCells = {} as Record<RowId, OwnCell>;
      for (const row of rows) {
        const draft = cells[row];
        let key = '';
        if (draft.source === 'new') {
          key = freeKey(allSources);
          allSources[key] = sourceOf(draft.newSource);
          newKeys.set(key, row);
        }
        ownCells[row] = cellOf(draft, row, key);
      }
      const base: OwnCatalog = catalog ?? {
        format: 'videobelwijzer-tools', version: 1, title: listTitle.trim(), publisher: listPublisher.trim(),
        date: new Date().toISOString().slice(0, 10), sources: {}, tools: [], changes: [],
      };
      let next: OwnCatalog;
      let index: number;
      if (isChange) {
        const corrected: OwnChange = { tool: changeTool, row: changeRow, cell: ownCells[changeRow] };
        const others = base.changes.filter((c) => c !== existing && !(c.tool === changeTool && c.row === changeRow));
        next = { ...base, sources: allSources, changes: [...others, corrected] };
        index = next.changes.length - 1;
      } else {
        const id = tool?.id ?? idFor(name, base.tools.map((x) => x.id));
        const edited: OwnTool = { id, name: name.trim(), provider: provider.trim(), cells: ownCells };
        if (website.trim()) edited.website = website.trim();
        const at = tool ? base.tools.findIndex((x) => x.id === tool.id) : -1;
        const tools = at >= 0 ? base.tools.map((x, i) => (i === at ? edited : x)) : [...base.tools, edited];
        next = { ...base, sources: allSources, tools };
        index = at >= 0 ? at : tools.length - 1;
      }
      const { checkOwnCatalog } = await import('../catalog/schema-own');
      const result = checkOwnCatalog(next);
      // Only the problems of what this form edits (the rest of the list was checked when it came in).
      const mine = result.ok ? [] : result.problems.filter((p) => (isChange ? p.at.change?.index === index : p.at.tool?.index === index)
        || (p.at.source !== undefined && newKeys.has(p.at.source)) || (!catalog && (p.at.field === 'title' || p.at.field === 'publisher') && !p.at.tool && !p.at.change && p.at.source === undefined));
      if (result.ok || !mine.length) {
        onSave(result.ok ? result.catalog : next, isChange ? `${reportCatalog.tools.find((x) => x.id === changeTool)!.name}: ${t(`catalog:rows.${changeRow}`)}` : name.trim());
        return;
      }
      const byField = new Map<string, string>();
      const errors: FieldError[] = [];
      for (const p of mine) {
        const fieldId = fieldOf(p, prefix, newKeys);
        const message = formMessage(p, newKeys, loose);
        if (!byField.has(fieldId)) {
          byField.set(fieldId, message);
          errors.push({ fieldId, message });
        }
      }
      setProblems({ errors, byField });
      setAttempt((a) => a + 1);
    } finally {
      busy.current = false;
    }
  };

  const fieldError = (fieldId: string) => {
    const message = problems.byField.get(fieldId);
    return message ? <p id={`${fieldId}-error`} className="field-error">{message}</p> : null;
  };
  const text = (part: 'name' | 'provider' | 'website' | 'list-title' | 'list-publisher', value: string, setValue: (v: string) => void, label: string, type = 'text') => {
    const fieldId = `${prefix}-${part}`;
    return (
      <p className="own-editor__field">
        <label htmlFor={fieldId}>{label}</label>
        <input id={fieldId} type={type} value={value} onChange={(e) => setValue(e.target.value)} maxLength={type === 'url' ? ownLimits.url : ownLimits.text}
          autoComplete="off" aria-invalid={problems.byField.has(fieldId) || undefined} aria-describedby={problems.byField.has(fieldId) ? `${fieldId}-error` : undefined} />
        {fieldError(fieldId)}
      </p>
    );
  };
  const rowsShown: RowId[] = isChange ? [changeRow] : [];

  return (
    <form className="own-editor" onSubmit={(e) => void submit(e)} noValidate data-own-editor lang={i18n.language}>
      <h2 tabIndex={-1}>{t(isChange ? (existing ? 'editor.editChange' : 'editor.newChange') : tool ? 'editor.editTool' : 'editor.newTool', { name: tool?.name ?? '' })}</h2>
      <ErrorSummary title={t('editor.problems')} errors={problems.errors} focusKey={attempt} />
      {catalog ? null : (
        <fieldset className="own-editor__list">
          <legend>{t('editor.listLegend')}</legend>
          {text('list-title', listTitle, setListTitle, t('editor.listTitle'))}
          {text('list-publisher', listPublisher, setListPublisher, t('editor.listPublisher'))}
        </fieldset>
      )}
      {isChange ? (
        <div className="own-editor__which">
          <p className="own-editor__field">
            <label htmlFor={`${prefix}-change-tool`}>{t('editor.changeTool')}</label>
            <select id={`${prefix}-change-tool`} value={changeTool} onChange={(e) => setChangeTool(e.target.value as ToolId)}>
              {reportCatalog.tools.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
            </select>
          </p>
          <p className="own-editor__field">
            <label htmlFor={`${prefix}-change-row`}>{t('editor.changeRow')}</label>
            <select id={`${prefix}-change-row`} value={changeRow} onChange={(e) => setChangeRow(e.target.value as RowId)}>
              {rowIds.map((row) => <option key={row} value={row}>{t(`catalog:rows.${row}`)}</option>)}
            </select>
          </p>
        </div>
      ) : (
        <>
          {text('name', name, setName, t('editor.name'))}
          {text('provider', provider, setProvider, t('editor.provider'))}
          {text('website', website, setWebsite, t('editor.website'), 'url')}
          <p className="field-hint">{t('editor.rowsHint')}</p>
        </>
      )}
      {(isChange ? [null] : groups).map((group) => {
        const rows = group ? rowGroups[group] : rowsShown;
        const body = rows.map((row) => (
          <CellFields key={row} row={row} prefix={prefix} draft={cells[row]} sources={sources} errors={problems.byField}
            onChange={(draft) => setCells((all) => ({ ...all, [row]: draft }))} />
        ));
        return group ? (
          <section key={group} className="own-editor__group" aria-labelledby={`${prefix}-group-${group}`}>
            <h3 id={`${prefix}-group-${group}`}>{t(`catalog:rowGroups.${group}`)}</h3>
            {body}
          </section>
        ) : <div key="change">{body}</div>;
      })}
      <div className="button-row own-editor__actions">
        <button type="submit" className="button" data-own-editor-save>{t('editor.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('editor.cancel')}</button>
      </div>
    </form>
  );
}
