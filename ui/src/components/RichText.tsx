// Renders module text: blank line = paragraph, "- " = bullet, **x** = emphasis. Text only: the
// content never injects markup.

import type { JSX } from "preact";

function inline(text: string): (string | JSX.Element)[] {
  const parts = text.split(/(\*\*[^*]+\*\*)/g);
  return parts.map((part, i) =>
    part.startsWith("**") && part.endsWith("**") && part.length > 4 ? (
      <strong key={i}>{part.slice(2, -2)}</strong>
    ) : (
      part
    ),
  );
}

/** One line of module text (a quiz question): only its **emphasis**, no paragraphs or bullets. */
export function InlineText({ text }: { text: string }) {
  return <>{inline(text)}</>;
}

export function RichText({ text }: { text: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l.length > 0);
        if (lines.length > 0 && lines.every((l) => l.startsWith("- "))) {
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>{inline(l.slice(2))}</li>
              ))}
            </ul>
          );
        }
        const bullets = lines.filter((l) => l.startsWith("- "));
        const prose = lines.filter((l) => !l.startsWith("- "));
        return (
          <div key={i}>
            {prose.length > 0 && <p>{inline(prose.join(" "))}</p>}
            {bullets.length > 0 && (
              <ul>
                {bullets.map((l, j) => (
                  <li key={j}>{inline(l.slice(2))}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
