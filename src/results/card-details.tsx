import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tool } from '../catalog/types';
import { ErrorBoundary } from '../components/error-boundary';
import { PartFailed } from '../components/lazy-part';
import { TextsGate } from '../components/texts-gate';
import type { ToolResult } from '../scoring/types';
import { ToolFacts } from './tool-facts';
import { VerdictGroups } from './verdict-groups';

const toolTexts = ['tools'] as const;
const updateTexts = ['updates'] as const;
const none = [] as const;

/** An opened card: every verdict, grouped as in the report, then the report's facts and notes. */
export function CardDetails({ result, tool }: { result: ToolResult; tool: Tool }) {
  const { t } = useTranslation('common');
  const [attempt, setAttempt] = useState(0);
  return (
    <div className="card__all">
      {/* With current data a changed cell says what changed, in the updates' words. */}
      <ErrorBoundary resetKey={attempt} fallback={() => <PartFailed retry={() => setAttempt((a) => a + 1)} />}>
        <Suspense fallback={<p className="loading">{t('loading.text')}</p>}>
          <TextsGate namespaces={Object.values(tool.cells).some((c) => c.updateId) ? updateTexts : none} attempt={attempt}>
            <VerdictGroups verdicts={result.verdicts} tool={tool} />
          </TextsGate>
        </Suspense>
      </ErrorBoundary>
      {/* The facts' words load when a card first opens; if they cannot, the card says so and offers Retry. */}
      <ErrorBoundary resetKey={attempt} fallback={() => <PartFailed retry={() => setAttempt((a) => a + 1)} />}>
        <Suspense fallback={<p className="loading">{t('loading.text')}</p>}>
          <TextsGate namespaces={toolTexts} attempt={attempt}>
            <ToolFacts tool={tool} />
          </TextsGate>
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

