import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isToolId, type Tool } from '../catalog/types';
import { Disclosure } from '../components/disclosure';
import { ErrorBoundary } from '../components/error-boundary';
import { LazyPart, PartFailed } from '../components/lazy-part';
import { TextsGate } from '../components/texts-gate';
import { useDataSet } from '../components/use-catalog';
import type { ToolResult } from '../scoring/types';
import { ToolFacts } from './tool-facts';
import { VerdictGroups } from './verdict-groups';

const toolTexts = ['tools', 'details'] as const;
const updateTexts = ['updates'] as const;
const none = [] as const;

const loadSince = () => import('../components/since-report').then((m) => ({ default: m.SinceReport }));

/**
 * An opened card: every verdict, grouped as in the report, then the report's facts and notes, then
 * "Since the report", collapsed: the tool's changes since spring 2020.
 */
export function CardDetails({ result, tool }: { result: ToolResult; tool: Tool }) {
  const { t } = useTranslation(['common', 'results']);
  const toolId = tool.id;
  const [attempt, setAttempt] = useState(0);
  const dataSet = useDataSet();
  return (
    <div className="card__all">
      {/* With current data a changed cell says what changed, in the updates' words. */}
      <ErrorBoundary resetKey={attempt} fallback={() => <PartFailed retry={() => setAttempt((a) => a + 1)} />}>
        <Suspense fallback={<p className="loading">{t('common:loading.text')}</p>}>
          <TextsGate namespaces={Object.values(tool.cells).some((c) => c.updateId) ? updateTexts : none} attempt={attempt}>
            <VerdictGroups verdicts={result.verdicts} tool={tool} />
          </TextsGate>
        </Suspense>
      </ErrorBoundary>
      {/* The facts' words load when a card first opens; if they cannot, the card says so and offers Retry. */}
      <ErrorBoundary resetKey={attempt} fallback={() => <PartFailed retry={() => setAttempt((a) => a + 1)} />}>
        <Suspense fallback={<p className="loading">{t('common:loading.text')}</p>}>
          <TextsGate namespaces={toolTexts} attempt={attempt}>
            <ToolFacts tool={tool} dataSet={dataSet} />
          </TextsGate>
        </Suspense>
      </ErrorBoundary>
      {/* Only the report's tools have changes since the report. */}
      {isToolId(toolId) ? (
        <Disclosure className="card__since" buttonClassName="button button--quiet" show={t('results:card.since')} hide={t('results:card.sinceHide')}>
          {() => <LazyPart load={loadSince} props={{ toolId, headingLevel: 4 }} namespaces={updateTexts} />}
        </Disclosure>
      ) : null}
    </div>
  );
}

