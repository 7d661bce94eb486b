"""Pure rules and records of the programme, given `today`: weeks, six ones, demands,
programmes, vocabulary, dates, names and pinyin, the calendar, errors. Imports only itself."""
