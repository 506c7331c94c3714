import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog/report';
import { FootnoteList, reportFootnotes } from '../components/footnote-ref';
import { GeneralTips } from '../components/general-tips';
import { useCatalog } from '../components/use-catalog';
import { useFirmness } from '../components/firmness-text';
import { useRanking } from '../components/use-ranking';
import { latestUpdate } from '../catalog/latest-update';
import { MemoUpdates } from './memo-updates';
import { useFormats } from '../i18n/format';
import { ourChoice } from '../components/our-choice';
import { useShareUrl } from '../components/use-link-params';
import { appVersion } from '../share/app-version';
import { useStore } from '../state/store';
import { MemoAnswers } from './memo-answers';
import { MemoBest, MemoChoice } from './memo-choice';
import { MemoExcluded, MemoMatrix } from './memo-matrix';
import { MemoOwnSources } from './memo-own';
import { QrCode, qrFor } from './qr-code';
import './memo.css';

/** Today's date in the reader's language, refreshed when printing starts. */
function usePrintDate(): string {
  const { date } = useFormats();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const refresh = () => setNow(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return date(now.toISOString().slice(0, 10));
}

/**
 * The advice memo: what printing the results page gives. A consultant's one-pager, decision
 * first: the client, the answers, the choice with what to do before starting, the tools that fit
 * against the points that matter, one line per excluded tool, the report's tips and limits, and
 * the link. The root carries `data-memo`.
 */
export function Memo() {
  const { t } = useTranslation(['memo', 'common', 'catalog', 'results']);
  const { date, moment } = useFormats();
  const printed = usePrintDate();
  const client = useStore((s) => s.client);
  const exportedAt = useStore((s) => s.exportedAt);
  const answers = useStore((s) => s.answers);
  const sensitivity = useStore((s) => s.sensitivity);
  const dataSet = useStore((s) => s.dataSet);
  const marked = useStore((s) => s.choice);
  const catalog = useCatalog(dataSet);
  const { results, eligible, ineligible, top } = useRanking(answers, catalog);
  const firm = useFirmness(answers, catalog);
  const chosen = ourChoice(marked, eligible).result;
  const choiceTool = chosen ? getTool(catalog, chosen.toolId) : undefined;
  const url = useShareUrl();
  const footnotes = reportFootnotes(results.flatMap((r) => (r.eligible ? r.verdicts : r.blockers.slice(0, 1))));
  const source = reportCatalog.source;

  return (
    <article className="memo print-only" data-memo aria-label={t('memo:heading')}>
      <header className="memo__header">
        <h1 className="memo__title">{t('memo:heading')}</h1>
        <p className="memo__meta"><span className="memo__app">{t('common:app.name')}</span> · {t('memo:printed', { date: printed })} · {t('memo:language')}</p>
        {client.name.trim() ? <p className="memo__client">{t('memo:client', { name: client.name.trim() })}</p> : null}
        {client.notes.trim() ? <p className="memo__notes">{client.notes.trim()}</p> : null}
      </header>
      <section className="memo__block">
        <h2>{t('memo:answersTitle')}</h2>
        <MemoAnswers answers={answers} sensitivity={sensitivity} />
        <p className="memo__meta" data-data-set={dataSet}>
          {t('memo:data', { data: t(`results:page.dataCaption.${dataSet}`, { date: date(latestUpdate) }) })}{' '}
          {t('memo:latestUpdate', { date: date(latestUpdate) })}
        </p>
      </section>
      {chosen && choiceTool ? (
        <MemoChoice result={chosen} tool={choiceTool} eligible={eligible} firmness={firm} catalog={catalog} />
      ) : top.length ? (
        <MemoBest top={top} firmness={firm} catalog={catalog} notFitting={marked ? getTool(catalog, marked)?.name ?? marked : undefined} />
      ) : (
        <section className="memo__block"><h2>{t('memo:noneTitle')}</h2><p>{t('memo:noneBody')}</p></section>
      )}
      {choiceTool ? <MemoUpdates choice={choiceTool} tools={eligible.map((r) => r.toolId)} answers={answers} dataSet={dataSet} /> : null}
      <MemoMatrix eligible={eligible} answers={answers} catalog={catalog} />
      <MemoExcluded ineligible={ineligible} catalog={catalog} />
      <section className="memo__block">
        <h2>{t('memo:generalTipsTitle')}</h2>
        <GeneralTips />
      </section>
      <section className="memo__block memo__about">
        <h2>{t('memo:aboutTitle')}</h2>
        {/* One paragraph: the small print takes fewer lines, and the memo two pages. */}
        <p>
          {t('memo:aboutRanking')} {t('memo:aboutReport')} {t('catalog:source.disclaimer')} {t('catalog:source.asOf')}{' '}
          {t('memo:sourceText', { title: source.title, subtitle: source.subtitle, publisher: source.publisher, year: source.year })}{' '}
          {/* So the paper and the client's file can be matched. */}
          <span data-memo-record>
            {exportedAt ? `${t('memo:record.exported', { moment: moment(exportedAt) })} · ` : null}{t('memo:record.version', { version: appVersion })}
          </span>
        </p>
        {footnotes.length ? <FootnoteList ids={footnotes} /> : null}
      </section>
      {/* The code beside its heading and address, so the section is no taller than the code. */}
      {catalog.own ? <MemoOwnSources catalog={catalog} results={[...eligible, ...ineligible]} /> : null}
      {qrFor(url) ? (
        <section className="memo__block memo__link">
          <QrCode className="memo__qr" text={url} label={t('memo:qrLabel')} />
          <div>
            <h2>{t('memo:linkTitle')}</h2>
            <p>{t('memo:linkHow')}</p>
            <p className="memo__url">{url}</p>
          </div>
        </section>
      ) : (
        // A link that carries own tools is too long for a code or a page: the memo says how to get it.
        <section className="memo__block memo__link" data-memo-long-link>
          <div>
            <h2>{t('memo:linkTitle')}</h2>
            <p>{t('memo:linkLong', { length: url.length })}</p>
          </div>
        </section>
      )}
    </article>
  );
}
