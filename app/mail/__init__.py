"""Emailing the workshop summary: addresses, templates, MIME messages, SMTP and the outbox.

No widgets here. The dialogs in `widgets/` build on these pieces:
- `addresses`: split and check what the facilitator typed as recipients;
- `templates`: the localised subject and body, filled with the workshop's facts;
- `message`: one MIME message (text plus the PDF), also written as an `.eml` draft;
- `smtp_config`, `passwords`: the server the facilitator set up once, and its secret;
- `transport`: one delivery over SMTP, with its failures sorted into kinds;
- `outbox`, `delivery`, `runner`: messages that wait for the network and go out once.
"""
