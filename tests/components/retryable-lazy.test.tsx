import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary';
import { retryableLazy } from '../../src/components/retryable-lazy';

const Part = ({ attempt }: { attempt: number }) => <p>part, attempt {attempt}</p>;

describe('retryableLazy', () => {
  it('draws code fetched before its first render at once, without a fallback', async () => {
    const part = retryableLazy(async () => ({ default: Part }));
    await part.preload();
    render(<Suspense fallback={<p>waiting</p>}><part.Component attempt={0} /></Suspense>);
    // Synchronously: a lazy would have shown the fallback first.
    expect(screen.getByText('part, attempt 0')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
  });

  it('keeps a failed download failing until the attempt changes, then fetches afresh', async () => {
    let calls = 0;
    const part = retryableLazy(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return { default: Part };
    });
    const tree = (attempt: number) => (
      <ErrorBoundary resetKey={attempt} fallback={() => <p>failed</p>}>
        <Suspense fallback={<p>waiting</p>}><part.Component attempt={attempt} /></Suspense>
      </ErrorBoundary>
    );
    const view = render(tree(0));
    expect(await screen.findByText('failed')).toBeTruthy();
    view.rerender(tree(0));
    await act(async () => {});
    expect(calls).toBe(1);
    view.rerender(tree(1));
    expect(await screen.findByText('part, attempt 1')).toBeTruthy();
    expect(calls).toBe(2);
  });
});
