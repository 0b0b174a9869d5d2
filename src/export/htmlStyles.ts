/** The print page's whole stylesheet, inline: the page loads nothing else (its CSP allows no other source). */
export const printStyles = `
:root { color: #1a1a1a; font: 11pt/1.5 Georgia, 'Times New Roman', serif; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.2; }
h1 { font-size: 22pt; margin-bottom: .25rem; }
h2 { font-size: 15pt; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 12pt; margin-bottom: .25rem; }
.meta, .details, figcaption, .index .reason { color: #555; font-size: 10pt; }
blockquote { margin: 0; padding-left: 1rem; border-left: 3px solid #999; font-style: italic; }
figure { margin: 1rem 0; }
dl.metrics { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.metrics dt { font-weight: bold; } dl.metrics dd { margin: 0; }
.assurance { font-family: Helvetica, Arial, sans-serif; font-size: 8pt; border: 1px solid #555; border-radius: 3px; padding: 0 .3rem; white-space: nowrap; }
.index li { margin: .15rem 0; }
.evidence { break-inside: avoid; margin: 1rem 0; }
a { color: inherit; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-after: avoid; } .goal { break-before: auto; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; }
}
@page { margin: 2cm; }
`
