import { use, useEffect, useId, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addOwnCatalog, maxOwnProblems, ownLimits, withinOwnLimits, type OwnCatalog, type OwnChange, type OwnTool } from '../catalog/own';
import type { OwnProblem } from '../catalog/schema-own';
import { getTool, reportCatalog } from '../catalog/report';
import { Callout } from '../components/callout';
import { CellMark } from '../components/cell-mark';
import { PageHeading } from '../components/page-heading';
import { loadOwn } from '../components/use-catalog';
import { useFormats, useLang } from '../i18n/format';
import { copyOf, download, ownFileName, ownFileText, readOwnFile } from './own-file';
import { OwnSources, OwnTable } from './own-table';
import { OwnEditor } from './own-editor';
import { ImportProblems } from './problems';
import './own-tools.css';

/** The own catalog's store, and its state as it changes (from this tab or another). */
function useOwn() {
  const { ownStore } = use(loadOwn());
  return { store: ownStore, ...useSyncExternalStore(ownStore.subscribe, ownStore.getState) };
}

// The form for one tool or one correction comes with the page: split off, it and the page would
// share a third file, and the start page's list of what this page needs would grow by its name.

/** What the editor is open for: a tool (new, or one to edit), or a correction. */
type Editing = { tool?: OwnTool } | { change: OwnChange | 'new' } | null;

/** What the page last did, said in its live region; `undo` offers to take it back. */
type Done = { text: string; undo: boolean } | null;

/** The example set, in the page's language: five European tools with their sources. */
const loadExample = (lang: string): Promise<OwnCatalog> =>
  (lang === 'en' ? import('../catalog/examples/european-tools.en.json') : import('../catalog/examples/european-tools.nl.json'))
    .then((m) => m.default as unknown as OwnCatalog);

/**
 * /own-tools: a consultant's own tools. Import a file (chosen, or dropped anywhere on the page),
 * add the example set, export the list as a file, delete, duplicate and undo, switch them in or
 * out of the ranking, and read them on the report's rows with their sources. Everything stays in
 * this browser (`own-store`).
 */
export function OwnToolsPage() {
  const { t } = useTranslation(['own', 'common']);
  const lang = useLang();
  const { date, list } = useFormats();
  const { store, catalog, include } = useOwn();
  const [problems, setProblems] = useState<OwnProblem[] | null>(null);
  const [done, setDone] = useState<Done>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editing) editorRef.current?.querySelector('h2')?.focus();
  }, [editing]);
  const edit = (what: Editing) => {
    setDone(null);
    setEditing(what);
  };
  const problemsRef = useRef<HTMLDivElement>(null);
  const fileId = useId();
  const includeId = useId();

  useEffect(() => {
    if (problems) problemsRef.current?.focus();
  }, [problems]);

  /** Adds a checked catalog to the saved one (or makes it the saved one), within the limits. */
  const take = (incoming: OwnCatalog) => {
    const next = catalog ? addOwnCatalog(catalog, incoming) : incoming;
    if (!withinOwnLimits(next)) {
      setProblems(null);
      setDone({ text: t('import.tooMuchTogether', { tools: ownLimits.tools, changes: ownLimits.changes }), undo: false });
      return;
    }
    setProblems(null);
    const what = [
      ...(incoming.tools.length ? [t('import.tools', { count: incoming.tools.length })] : []),
      ...(incoming.changes.length ? [t('import.changes', { count: incoming.changes.length })] : []),
    ];
    if (!what.length) {
      setDone({ text: t('import.nothing', { title: incoming.title }), undo: false });
      return;
    }
    store.getState().addCatalog(incoming);
    setDone({ text: t('import.done', { title: incoming.title, what: list(what) }), undo: true });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setDone(null);
    try {
      const result = await readOwnFile(file);
      if (result.ok) take(result.catalog);
      else setProblems(result.problems);
    } catch {
      setProblems(null);
      setDone({ text: t('import.failed'), undo: false });
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFile(event.dataTransfer.files[0]);
  };

  const change = (next: OwnCatalog | null, text: string) => {
    store.getState().setCatalog(next);
    setDone({ text, undo: true });
  };
  const removeTool = (tool: OwnTool) =>
    catalog && change({ ...catalog, tools: catalog.tools.filter((x) => x.id !== tool.id) }, t('list.deleted', { name: tool.name }));
  const duplicateTool = (tool: OwnTool) => {
    if (!catalog || catalog.tools.length >= ownLimits.tools) return;
    const copy = copyOf(tool, catalog.tools.map((x) => x.id), t('list.copyName', { name: tool.name }));
    const at = catalog.tools.indexOf(tool) + 1;
    change({ ...catalog, tools: [...catalog.tools.slice(0, at), copy, ...catalog.tools.slice(at)] }, t('list.duplicated', { name: copy.name }));
  };

  return (
    <div
      className={`page own-tools${dragging ? ' own-tools--dragging' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={(e) => { if (e.currentTarget === e.target) setDragging(false); }}
      onDrop={onDrop}
    >
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>

      <StorageProblem />

      <section className="own-tools__import no-print" aria-labelledby="own-import-title">
        <h2 id="own-import-title" className="visually-hidden">{t('import.label')}</h2>
        <div className="own-tools__file">
          <label htmlFor={fileId} className="own-tools__file-label">{t('import.label')}</label>
          <p className="field-hint" id={`${fileId}-hint`}>{t('import.hint')}</p>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            data-catalog-import
            aria-describedby={`${fileId}-hint`}
            disabled={busy}
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {dragging ? <p className="own-tools__drop" aria-hidden="true">{t('import.drop')}</p> : null}
        </div>
        <div className="own-tools__example">
          <button type="button" className="button button--secondary" data-own-example disabled={busy} onClick={() => void loadExample(lang).then(take)}>
            {t('example.add')}
          </button>
          <p className="field-hint">{t('example.about')}</p>
        </div>
      </section>

      <div role="status" className="own-tools__status" data-own-status>
        {busy ? <p>{t('import.reading')}</p> : null}
        {done ? (
          <p>
            {done.text}{' '}
            {done.undo && store.getState().undo ? (
              <button type="button" className="button button--quiet" data-own-undo onClick={() => { store.getState().undoLast(); setDone({ text: t('list.undone'), undo: false }); }}>
                {t('list.undo')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {problems ? (
        <div ref={problemsRef} tabIndex={-1} className="error-summary own-tools__problems" role="alert" aria-labelledby="own-problems-title">
          <h2 id="own-problems-title">{t('import.refused')}</h2>
          <ImportProblems problems={problems} max={maxOwnProblems} />
        </div>
      ) : null}

      <div className="button-row own-tools__add no-print">
        <button type="button" className="button" data-own-add disabled={!!catalog && catalog.tools.length >= ownLimits.tools} onClick={() => edit({})}>{t('editor.add')}</button>
        <button type="button" className="button button--secondary" data-own-add-change onClick={() => edit({ change: 'new' })}>{t('editor.addChange')}</button>
      </div>
      {editing ? (
        <div ref={editorRef} className="own-tools__editor">
          <OwnEditor
              catalog={catalog}
              tool={'tool' in editing ? editing.tool : undefined}
              change={'change' in editing ? editing.change : undefined}
              onCancel={() => setEditing(null)}
              onSave={(next, name) => {
                setEditing(null);
                change(next, t('editor.saved', { name }));
              }}
            />
        </div>
      ) : null}

      {catalog ? (
        <>
          <section className="own-tools__catalog" aria-labelledby="own-list-title">
            <p className="own-tools__meta" data-own-catalog>{t('page.meta', { title: catalog.title, publisher: catalog.publisher, date: date(catalog.date) })}</p>
            <div className="own-tools__actions no-print">
              <div className="own-tools__include">
                <input id={includeId} type="checkbox" checked={include} onChange={(e) => store.getState().setInclude(e.target.checked)} data-own-include aria-describedby={`${includeId}-hint`} />
                <label htmlFor={includeId}>{t('include.label')}</label>
                <p className="field-hint" id={`${includeId}-hint`}>{t('include.hint')}</p>
              </div>
              <div className="button-row">
                <button type="button" className="button" data-catalog-export onClick={() => download(ownFileText(catalog), ownFileName(catalog))}>
                  {t('export.button')}
                </button>
                <button type="button" className="button button--secondary" data-own-remove-all onClick={() => change(null, t('removeAll.done'))}>
                  {t('removeAll.button')}
                </button>
              </div>
              <p className="field-hint">{t('export.hint')}</p>
            </div>
            <h2 id="own-list-title">{t('list.title')}</h2>
            {catalog.tools.length ? (
              <ul className="own-list">
                {catalog.tools.map((tool) => (
                  <li key={tool.id} className="own-list__item" data-own-tool-id={tool.id}>
                    <div className="own-list__name">
                      <strong>{tool.name}</strong>{' '}
                      <span className="own-list__provider">{t('list.provider', { provider: tool.provider })}</span>
                      {tool.website?.startsWith('https://') ? (
                        <> · <a href={tool.website} rel="noopener noreferrer" target="_blank">{t('list.website', { name: tool.name })}</a></>
                      ) : null}
                    </div>
                    <div className="own-list__actions no-print">
                      <button type="button" className="button button--quiet" data-own-edit aria-label={t('editor.editName', { name: tool.name })} onClick={() => edit({ tool })}>
                        {t('editor.edit')}
                      </button>
                      <button type="button" className="button button--quiet" data-own-duplicate aria-label={t('list.duplicateName', { name: tool.name })}
                        disabled={catalog.tools.length >= ownLimits.tools} onClick={() => duplicateTool(tool)}>
                        {t('list.duplicate')}
                      </button>
                      <button type="button" className="button button--quiet" data-own-delete aria-label={t('list.deleteName', { name: tool.name })} onClick={() => removeTool(tool)}>
                        {t('list.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            ) : <p>{t('page.empty')}</p>}
            <OwnChanges catalog={catalog} onDelete={(next, text) => change(next, text)} onEdit={(c) => edit({ change: c })} />
          </section>
          <OwnTable catalog={catalog} />
          <OwnSources catalog={catalog} />
        </>
      ) : <p data-own-empty>{t('page.empty')}</p>}
    </div>
  );
}

/** The corrections of the report's tools: the report's value beside the file's, each with Delete. */
function OwnChanges({ catalog, onDelete, onEdit }: { catalog: OwnCatalog; onDelete: (next: OwnCatalog, text: string) => void; onEdit: (c: OwnChange) => void }) {
  const { t } = useTranslation(['own', 'catalog']);
  if (!catalog.changes.length) return null;
  return (
    <>
      <h2>{t('changes.title')}</h2>
      <ul className="own-list">
        {catalog.changes.map((c) => {
          const tool = getTool(reportCatalog, c.tool).name;
          const row = t(`catalog:rows.${c.row}`);
          const cell = withOwnCell(c.cell);
          return (
            <li key={`${c.tool} ${c.row}`} className="own-list__item" data-own-change={`${c.tool} ${c.row}`}>
              <div className="own-list__name">
                <strong>{t('changes.item', { tool, row })}</strong>{' '}
                <span>{t('changes.reportValue')} <CellMark cell={getTool(reportCatalog, c.tool).cells[c.row]} /></span>{' · '}
                <span>{t('changes.yourValue')} <CellMark cell={cell} /></span>
              </div>
              <div className="own-list__actions no-print">
                <button type="button" className="button button--quiet" aria-label={t('editor.editName', { name: t('changes.item', { tool, row }) })} onClick={() => onEdit(c)}>
                  {t('own:editor.edit')}
                </button>
                <button type="button" className="button button--quiet" aria-label={t('changes.delete', { tool, row })}
                  onClick={() => onDelete({ ...catalog, changes: catalog.changes.filter((x) => x !== c) }, t('changes.deleted', { tool, row }))}>
                  {t('own:list.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A file's cell as a mark reads it (conditions and notes are in the table). */
const withOwnCell = (cell: OwnCatalog['changes'][number]['cell']) => ({ value: cell.value });

/** What went wrong with the saved copy, and what the user can do about it. */
function StorageProblem() {
  const { t } = useTranslation('own');
  const { store, problem } = useOwn();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (problem?.kind === 'unreadable') void loadOwn().then((m) => setText(m.unreadableCopy()));
  }, [problem]);
  if (!problem) return null;
  const dismiss = () => store.getState().dismissProblem();
  if (problem.kind === 'repaired') {
    return (
      <Callout tone="warning" role="status">
        <p>{t('storage.repaired', { count: problem.dropped })}</p>
        <button type="button" className="button button--quiet" onClick={dismiss}>{t('storage.dismiss')}</button>
      </Callout>
    );
  }
  if (problem.kind === 'unavailable') return <Callout tone="warning" role="status"><p>{t('storage.unavailable')}</p></Callout>;
  return (
    <Callout tone="warning" title={t(problem.kind === 'newer' ? 'storage.newer' : 'storage.unreadable')} role="status">
      <p>{t(problem.kind === 'newer' ? 'storage.newerBody' : 'storage.unreadableBody')}</p>
      {problem.kind === 'unreadable' && text ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => download(text, 'videobelwijzer-own-tools-saved.txt', 'text/plain')}>{t('storage.download')}</button>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setCatalog(null)}>{t('storage.restart')}</button>
        </div>
      ) : null}
    </Callout>
  );
}
