/** One block of the home page: a titled panel that loads its own figures and links to its page. */
import { type ReactNode, useEffect, useId, useState } from 'react';
import { followLink } from '../../router.ts';
import { ErrorMessage, Loading } from '../../ui.tsx';
import { useWorkspaceErrors } from '../workspace/workspace-shared.ts';

export function HomeBlock(props: {
  title: string;
  link?: { to: string; label: string };
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="panel home-block" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
      {props.link ? (
        <p className="home-link">
          <a href={`/app${props.link.to}`} onClick={followLink(props.link.to)}>
            {props.link.label}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** Loads once (a language switch does not refetch); shows loading, then the data or the error. */
export function useBlockData<T>(load: () => Promise<T>): { data: T | undefined; status: ReactNode } {
  const [data, setData] = useState<T>();
  const [error, fail] = useWorkspaceErrors();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per visit of the home page
  useEffect(() => {
    load().then(setData, fail);
  }, []);
  const status = error ? <ErrorMessage>{error}</ErrorMessage> : data === undefined ? <Loading /> : null;
  return { data, status };
}
