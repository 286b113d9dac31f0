/** One block of the home page: a titled panel that loads its own figures and links to its page. */
import { type ReactNode, useId } from 'react';
import { followLink } from '../../router.ts';

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
