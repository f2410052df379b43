"""`redact import`: Word and PDF reports into a review folder, hidden content reported.

Converters (`docx_source`, `pdf_source`) turn a file into Markdown blocks and a list of hidden
parts; `scaffold` splits the blocks into the review's documents and drafts `review.yml`;
`command` writes the folder only when everything succeeded and runs the gate over it.
"""
