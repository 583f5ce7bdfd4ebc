#!/usr/bin/env bash
# Applies the demo corpus's expected-outcomes key (README.md, "Expected outcomes") to a store that
# holds the 24 articles: one `hearsay resolve` per settled claim (T1–T9, F1–F4, X1), with the
# settling article (or one of its claims) as evidence.
#
#   ./hearsay ingest --db demo.db examples/demo-corpus/*.txt
#   examples/demo-corpus/apply-key.sh --db demo.db            # or: apply-key.sh demo.db
#                                                             # --dry-run: only show what it would do
#
# Claims are found by what they say, not by their ids (which change whenever the extractor
# does): the article is the one whose dateline ("02.09.2026 14:10 | Korsowaer Hafenbote") the
# file has, the claim the first trackable one of that article whose listing (proposition and
# question) contains the row's phrase. Every key row it cannot find is reported, and the exit
# status is then 1. Running it again changes nothing: a claim that already has the key's status
# is left alone.
# HEARSAY=... runs another hearsay command than the repository's ./hearsay. Needs bash, grep, sed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
read -r -a hearsay <<< "${HEARSAY:-$root/hearsay}"

db=""
dry_run=false
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="${2:?--db needs a value}"; shift 2 ;;
    --db=*) db="${1#--db=}"; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "apply-key: unknown option: $1 (use [--db] FILE, --dry-run)" >&2; exit 2 ;;
    *) [ -z "$db" ] || { echo "apply-key: one store only: $db or $1" >&2; exit 2; }
       db="$1"; shift ;;
  esac
done
db_args=()
[ -n "$db" ] && db_args=(--db "$db")

# The key: id | status | article of the claim | a phrase of its proposition | evidence | note.
# Evidence is the settling article ("06") or one of its claims ("10:a phrase of that claim").
key='
T1|fulfilled|01|für Montag, den 7. September, zum unbefristeten Streik|03|the cranes stopped at six on Monday 7 September
T2|fulfilled|01|am Freitag mit Morawen und Tallqvist telefonieren|03|Ein Telefonat am Freitag war ohne Ergebnis geblieben: the call took place
T3|confirmed|03|mehr als 60 Schiffe|06|64 ships waiting on Saturday 12 September
T4|fulfilled|05|bis Ende September ein neues Angebot vorlegen, das|12|offer presented on Wednesday 23 September
T5|fulfilled|09|einen unabhängigen Schlichter ernennen|14|Konstantin Verhoel appointed on 29 September
T6|fulfilled|14|Ich werde bis zum 20. Oktober einen Schlichterspruch vorlegen|20|proposal presented on Monday 19 October
T7|fulfilled|20|am Freitag über den Kompromiss abstimmen|22|members accepted the compromise on Friday 23 October with 84 per cent
T8|fulfilled|20|wieder aufgenommen, sobald die Mitglieder|22|the first crane moved at six on 26 October
T9|fulfilled|01|endet erst, wenn Baltrion die Automatisierung|22|automation suspended for two years and the strike ended (a judgement call: suspended, not stopped)
F1|failed|03|Die Gewerkschaft muss den Streik bis Freitag beenden|06|the strike went on after Friday 11 September
F2|failed|03|wird die Regierung das Hafennotstandsgesetz anwenden|06|the cranes were still idle on Friday and the emergency law was not applied
F3|failed|06|vor der Herbstpause am 2. Oktober verabschiedet|15|the vote was taken off the agenda on 2 October
F4|failed|12|bis Mitte Oktober wieder im Normalbetrieb|18|the port was still idle on 16 October
X1|contradicted|09|drei seiner sieben Liniendienste|10:Es gibt keine Pläne|denied by Baltrion (Nele Haskamp) and by Tschalin'"'"'s port director Emil Rasko; Frachtlage stands by its report
'

if ! listing="$("${hearsay[@]}" claims "${db_args[@]}" --format json --limit 100000 --as-of 2026-11-25)"; then
  echo "apply-key: could not list the claims of the store${db:+ $db}" >&2
  exit 1
fi
if [ -z "$listing" ]; then
  echo "apply-key: the store${db:+ $db} holds no claims; ingest the corpus first:" >&2
  echo "  ./hearsay ingest${db:+ --db $db} examples/demo-corpus/*.txt" >&2
  exit 1
fi

field() { # field NAME < one JSON line: the value of a string or literal field
  sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"
}

# The claims of the article in file NN: its dateline gives the publication time and outlet.
article_claims() {
  local file dateline iso outlet claims
  file="$(ls "$here/$1"_*.txt 2>/dev/null | head -n 1)"
  [ -n "$file" ] || { echo "no file $1_*.txt in $here"; return 1; }
  dateline="$(grep -m 1 -E '^[0-9]{2}\.[0-9]{2}\.[0-9]{4} [0-9]{2}:[0-9]{2}' "$file")" \
    || { echo "no dateline in $(basename "$file")"; return 1; }
  iso="$(sed -E 's/^([0-9]{2})\.([0-9]{2})\.([0-9]{4}) ([0-9]{2}:[0-9]{2}).*/\3-\2-\1T\4/' <<< "$dateline")"
  outlet="$(sed -n -E 's/^[^|]*\| *(.*[^ ]) *$/\1/p' <<< "$dateline")"
  claims="$(grep -F "\"published\":\"$iso" <<< "$listing")" || claims=""
  if [ -n "$claims" ] && [ -n "$outlet" ] && grep -q -F "\"outlet\":\"$outlet\"" <<< "$claims"; then
    claims="$(grep -F "\"outlet\":\"$outlet\"" <<< "$claims")"   # else a store without outlets: the time alone
  fi
  [ -n "$claims" ] || { echo "no claims stored for $(basename "$file") ($iso${outlet:+, $outlet})"; return 1; }
  printf '%s\n' "$claims"
}

# The first claim of article NN whose JSON line (in practice its proposition) contains the phrase,
# trackable ones first.
find_claim() {
  local claims matches
  claims="$(article_claims "$1")" || { printf '%s\n' "$claims"; return 1; }
  matches="$(grep -F -- "$2" <<< "$claims")" || { echo "no claim of article $1 says \"$2\""; return 1; }
  { grep -F '"trackable":true' <<< "$matches" || true; grep -F '"trackable":false' <<< "$matches" || true; } | sed -n 1p
}

# The id of the article in file NN (the part of its claims' refs before the colon).
article_id() {
  local claims
  claims="$(article_claims "$1")" || { printf '%s\n' "$claims"; return 1; }
  sed -n 1p <<< "$claims" | field ref | sed 's/:.*//'
}

applied=0 already=0 missing=0
done_refs=" "
while IFS='|' read -r id status article phrase evidence note; do
  [ -n "$id" ] || continue
  if ! line="$(find_claim "$article" "$phrase")"; then
    echo "$id: NOT FOUND: $line"
    missing=$((missing + 1)); continue
  fi
  ref="$(field ref <<< "$line")"
  current="$(field status <<< "$line")"
  if [[ "$evidence" == *:* ]]; then
    if evidence_ref="$(find_claim "${evidence%%:*}" "${evidence#*:}")"; then
      evidence_ref="$(field ref <<< "$evidence_ref")"
    fi
  else
    evidence_ref="$(article_id "$evidence")" || true
  fi
  if ! [[ "$evidence_ref" =~ ^[0-9a-f]+(:c[0-9]+)?$ ]]; then
    echo "$id: evidence $evidence NOT FOUND: $evidence_ref ($ref left as it is)"
    missing=$((missing + 1)); continue
  fi
  if [ "$current" = "$status" ] || [[ "$done_refs" == *" $ref=$status "* ]]; then
    echo "$id: $ref already $status"
    already=$((already + 1)); continue
  fi
  echo "$id: $ref $current -> $status, evidence $evidence_ref"
  if ! $dry_run; then
    if ! "${hearsay[@]}" resolve "${db_args[@]}" "$ref" --as "$status" --evidence "$evidence_ref" \
         --note "$id: $note" --actor demo-key > /dev/null; then
      echo "$id: resolving $ref failed (see above)"
      missing=$((missing + 1)); continue
    fi
  fi
  done_refs+="$ref=$status "
  applied=$((applied + 1))
done <<< "$key"

$dry_run && verb="to apply" || verb="applied"
echo "apply-key: $applied $verb, $already already so, $missing not found or failed (of $((applied + already + missing)) key rows)"
[ "$missing" -eq 0 ]
