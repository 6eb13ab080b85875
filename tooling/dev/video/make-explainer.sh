#!/usr/bin/env bash
# make-explainer.sh — builds the explainer video "Das Familienrathaus kurz erklärt"
# from the German narration in tooling/dev/video/narration.de.txt.
#
# Output (in cms/src/seed/media/):
#   familienrathaus-erklaert.mp4         H.264 + AAC mono, 1280x720, 5 fps, faststart
#   familienrathaus-erklaert.de.vtt      WebVTT captions, timed from the measured audio
#   familienrathaus-erklaert-poster.jpg  first slide as poster image
#
# Requirements (Debian): apt-get install espeak-ng ffmpeg fonts-dejavu-core
# Usage:                 bash tooling/dev/video/make-explainer.sh
# Optional environment:  NARRATION=path/to/text  OUT_DIR=dir  SPEED=150  KEEP_WORK=1
#
# Narration format: one scene per paragraph (paragraphs separated by a blank line),
# "Überschrift | gesprochener Text"; lines starting with # are comments.
# The spoken text of a scene is split at sentence ends into at most two caption
# cues; every cue must fit into two lines of at most 42 characters.
# Each cue is synthesised separately, so cue timings are the measured lengths
# (ffprobe) of the audio that is actually played.
set -euo pipefail
export LC_ALL=C.UTF-8
shopt -s extglob

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
NARRATION=${NARRATION:-$SCRIPT_DIR/narration.de.txt}
OUT_DIR=${OUT_DIR:-$REPO_ROOT/cms/src/seed/media}
BASENAME=familienrathaus-erklaert
VIDEO_TITLE='Das Familienrathaus kurz erklärt'

VOICE=${VOICE:-de}            # espeak-ng German voice
SPEED=${SPEED:-150}           # words per minute
WIDTH=1280
HEIGHT=720
FPS=5
BG_COLOR=0x00507d             # dark blue; white text on it has a contrast of about 8:1
FG_COLOR=white
FONT_DIR=/usr/share/fonts/truetype/dejavu
FONT_BOLD=$FONT_DIR/DejaVuSans-Bold.ttf
FONT_REGULAR=$FONT_DIR/DejaVuSans.ttf
HEADLINE_SIZE=72
HEADLINE_WRAP=22              # characters per headline line (max. 2 lines)
FOOTER_SIZE=40
FOOTER_TEXT='Familienrathaus Hamm'
AUDIO_RATE=24000
SCENE_PAUSE=0.6               # seconds of silence after each scene
CUE_MAX_CHARS=42
CUE_MAX_LINES=2
MAX_MP4_BYTES=1258291         # 1.2 MiB: warn above this size

# Spelling changes used only for the speech synthesiser (captions keep the real
# spelling). espeak-ng reads "Rathaus" as "Ra-thaus" and glues "Geburtsurkunde".
SPEAK_FIXES=(
  's/rathaus/rat-haus/g'
  's/Geburtsurkunde/Geburts-Urkunde/g'
)

die() { printf 'make-explainer: %s\n' "$*" >&2; exit 1; }
warn() { printf 'make-explainer: WARNING: %s\n' "$*" >&2; }

for cmd in espeak-ng ffmpeg ffprobe awk sed; do
  command -v "$cmd" >/dev/null || die "$cmd not found (apt-get install espeak-ng ffmpeg fonts-dejavu-core)"
done
for f in "$FONT_BOLD" "$FONT_REGULAR"; do
  [[ -f $f ]] || die "font $f missing (apt-get install fonts-dejavu-core)"
done
[[ -f $NARRATION ]] || die "narration file $NARRATION not found"

WORK=$(mktemp -d /tmp/make-explainer.XXXXXX)
if [[ -z ${KEEP_WORK:-} ]]; then
  trap 'rm -rf "$WORK"' EXIT
else
  echo "work directory kept: $WORK"
fi

FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)

# --- helpers ---------------------------------------------------------------

trim() {
  local s=$1
  s=${s##+([[:space:]])}
  s=${s%%+([[:space:]])}
  printf '%s' "$s"
}

# wrap TEXT WIDTH: line breaking for captions and headlines, one line per output
# line. Text that fits two lines is broken at the most balanced word boundary,
# preferring a break after a sentence end or comma and never before a number
# ("Weg 10"); longer text is wrapped greedily.
wrap() {
  local text=$1 width=$2
  local -a words
  read -ra words <<<"$text"
  if (( ${#text} <= width )); then
    printf '%s\n' "$text"
    return 0
  fi
  local n=${#words[@]} k a b score best_k=0 best_score=999999
  for ((k = 1; k < n; k++)); do
    a="${words[*]:0:k}"
    b="${words[*]:k}"
    (( ${#a} <= width && ${#b} <= width )) || continue
    score=$(( ${#a} > ${#b} ? ${#a} : ${#b} ))
    case ${words[k-1]} in
      *[.!?:]) score=$((score - 12)) ;;
      *,) score=$((score - 6)) ;;
    esac
    if [[ ${words[k]} == [0-9]* ]]; then score=$((score + 20)); fi
    if (( score < best_score )); then best_score=$score; best_k=$k; fi
  done
  if (( best_k > 0 )); then
    printf '%s\n%s\n' "${words[*]:0:best_k}" "${words[*]:best_k}"
    return 0
  fi
  local line="" word
  for word in "${words[@]}"; do
    if [[ -z $line ]]; then
      line=$word
    elif (( ${#line} + 1 + ${#word} <= width )); then
      line+=" $word"
    else
      printf '%s\n' "$line"
      line=$word
    fi
  done
  if [[ -n $line ]]; then printf '%s\n' "$line"; fi
}

# fits_cue TEXT: true if TEXT wraps into <= CUE_MAX_LINES lines of <= CUE_MAX_CHARS
fits_cue() {
  local n=0 l
  while IFS= read -r l; do
    n=$((n + 1))
    (( ${#l} <= CUE_MAX_CHARS && n <= CUE_MAX_LINES )) || return 1
  done < <(wrap "$1" "$CUE_MAX_CHARS")
  return 0
}

# duration FILE: duration in seconds as measured by ffprobe
duration() {
  ffprobe -v error -show_entries format=duration -of default=noprint_wrappers=1:nokey=1 "$1"
}

# calc EXPR: floating point arithmetic via awk
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# vtt_time SECONDS -> HH:MM:SS.mmm
vtt_time() {
  awk -v t="$1" 'BEGIN {
    ms = int(t * 1000 + 0.5)
    printf "%02d:%02d:%02d.%03d", int(ms / 3600000), int((ms % 3600000) / 60000), int((ms % 60000) / 1000), ms % 1000
  }'
}

# split_cues TEXT: prints one or two caption chunks (one per line), split at a
# sentence end so that both chunks fit a cue and are as balanced as possible.
split_cues() {
  local text=$1
  if fits_cue "$text"; then
    printf '%s\n' "$text"
    return 0
  fi
  local -a sentences
  mapfile -t sentences < <(printf '%s\n' "$text" | sed -E 's/([.!?…:])[[:space:]]+/\1\n/g')
  local n=${#sentences[@]} k i a b best_k=0 best_score=999999 score
  for ((k = 1; k < n; k++)); do
    a=""; b=""
    for ((i = 0; i < k; i++)); do a+="${a:+ }${sentences[i]}"; done
    for ((i = k; i < n; i++)); do b+="${b:+ }${sentences[i]}"; done
    if fits_cue "$a" && fits_cue "$b"; then
      score=$(( ${#a} > ${#b} ? ${#a} : ${#b} ))
      if (( score < best_score )); then best_score=$score; best_k=$k; fi
    fi
  done
  (( best_k > 0 )) || return 1
  a=""; b=""
  for ((i = 0; i < best_k; i++)); do a+="${a:+ }${sentences[i]}"; done
  for ((i = best_k; i < n; i++)); do b+="${b:+ }${sentences[i]}"; done
  printf '%s\n%s\n' "$a" "$b"
}

# --- read the narration ------------------------------------------------------

headlines=()
texts=()
para=""
flush_para() {
  [[ -n $para ]] || return 0
  [[ $para == *"|"* ]] || die "scene without 'Überschrift | Text': $para"
  local h t
  h=$(trim "${para%%|*}")
  t=$(trim "${para#*|}")
  t=$(tr -s ' ' <<<"$t")
  [[ -n $h && -n $t ]] || die "empty headline or text in: $para"
  headlines+=("$h")
  texts+=("$t")
  para=""
}
while IFS= read -r line || [[ -n $line ]]; do
  line=${line%$'\r'}
  [[ $line =~ ^[[:space:]]*# ]] && continue
  if [[ -z ${line//[[:space:]]/} ]]; then
    flush_para
  else
    para+="${para:+ }$(trim "$line")"
  fi
done <"$NARRATION"
flush_para

SCENES=${#texts[@]}
(( SCENES >= 6 && SCENES <= 9 )) || die "expected 6-9 scenes, found $SCENES"
echo "scenes: $SCENES"

# --- per scene: captions chunks, speech, slide --------------------------------

sed_args=()
for fix in "${SPEAK_FIXES[@]}"; do sed_args+=(-e "$fix"); done

declare -a scene_dur
declare -A chunk_text chunk_dur
declare -a chunk_count

for ((s = 0; s < SCENES; s++)); do
  num=$((s + 1))
  sd=$WORK/scene$num
  mkdir -p "$sd"

  # 1. caption chunks
  mapfile -t chunks < <(split_cues "${texts[s]}") ||
    die "scene $num cannot be split into <= 2 cues of <= $CUE_MAX_LINES x $CUE_MAX_CHARS characters; shorten: ${texts[s]}"
  (( ${#chunks[@]} >= 1 )) ||
    die "scene $num cannot be split into <= 2 cues of <= $CUE_MAX_LINES x $CUE_MAX_CHARS characters; shorten: ${texts[s]}"
  chunk_count[s]=${#chunks[@]}

  # 2. speech: one espeak-ng call per chunk, normalised to mono PCM with ffmpeg
  concat_inputs=()
  for ((c = 0; c < ${#chunks[@]}; c++)); do
    chunk_text[$s,$c]=${chunks[c]}
    printf '%s\n' "${chunks[c]}" | sed "${sed_args[@]}" >"$sd/chunk$c.txt"
    espeak-ng -v "$VOICE" -s "$SPEED" -f "$sd/chunk$c.txt" -w "$sd/chunk$c.raw.wav"
    "${FF[@]}" -i "$sd/chunk$c.raw.wav" -ac 1 -ar "$AUDIO_RATE" -c:a pcm_s16le "$sd/chunk$c.wav"
    chunk_dur[$s,$c]=$(duration "$sd/chunk$c.wav")
    concat_inputs+=(-i "$sd/chunk$c.wav")
  done

  # scene audio = chunks + pause, padded to a whole number of video frames
  spoken=0
  for ((c = 0; c < ${#chunks[@]}; c++)); do spoken=$(calc "$spoken + ${chunk_dur[$s,$c]}"); done
  target=$(awk -v d="$spoken" -v p="$SCENE_PAUSE" -v f="$FPS" 'BEGIN { n = d + p; fr = int(n * f); if (fr < n * f) fr++; printf "%.3f", fr / f }')
  "${FF[@]}" "${concat_inputs[@]}" \
    -filter_complex "concat=n=${#chunks[@]}:v=0:a=1,apad=whole_dur=${target}" \
    -t "$target" -ac 1 -ar "$AUDIO_RATE" -c:a pcm_s16le "$WORK/scene$num.wav"
  scene_dur[s]=$(duration "$WORK/scene$num.wav")
  awk -v d="${scene_dur[s]}" 'BEGIN { exit !(d > 1) }' || die "scene $num audio is only ${scene_dur[s]} s"

  # 3. slide: headline (max. 2 centred lines), accent bar, footer, scene counter
  mapfile -t hl < <(wrap "${headlines[s]}" "$HEADLINE_WRAP")
  (( ${#hl[@]} <= 2 )) || die "headline of scene $num is too long: ${headlines[s]}"
  line_h=$((HEADLINE_SIZE * 13 / 10))
  block_h=$((line_h * ${#hl[@]}))
  top=$(((HEIGHT - block_h) / 2 - 20))
  filters="drawbox=x=(iw-160)/2:y=$((top - 50)):w=160:h=8:color=${FG_COLOR}:t=fill"
  for ((l = 0; l < ${#hl[@]}; l++)); do
    printf '%s' "${hl[l]}" >"$sd/headline$l.txt"
    filters+=",drawtext=fontfile=${FONT_BOLD}:textfile=$sd/headline$l.txt:expansion=none"
    filters+=":fontsize=${HEADLINE_SIZE}:fontcolor=${FG_COLOR}:x=(w-text_w)/2:y=$((top + l * line_h))"
  done
  printf '%s' "$FOOTER_TEXT" >"$sd/footer.txt"
  printf '%s' "$num / $SCENES" >"$sd/counter.txt"
  filters+=",drawbox=x=0:y=ih-110:w=iw:h=2:color=${FG_COLOR}@0.6:t=fill"
  filters+=",drawtext=fontfile=${FONT_REGULAR}:textfile=$sd/footer.txt:expansion=none:fontsize=${FOOTER_SIZE}:fontcolor=${FG_COLOR}:x=60:y=h-80"
  filters+=",drawtext=fontfile=${FONT_REGULAR}:textfile=$sd/counter.txt:expansion=none:fontsize=${FOOTER_SIZE}:fontcolor=${FG_COLOR}:x=w-text_w-60:y=h-80"
  "${FF[@]}" -f lavfi -i "color=c=${BG_COLOR}:s=${WIDTH}x${HEIGHT}:d=1" -vf "$filters" -frames:v 1 "$WORK/slide$num.png"

  printf '  scene %d: %6.2f s, %d cue(s), "%s"\n' "$num" "${scene_dur[s]}" "${chunk_count[s]}" "${headlines[s]}"
done

mkdir -p "$OUT_DIR"
MP4=$OUT_DIR/$BASENAME.mp4
VTT=$OUT_DIR/$BASENAME.de.vtt
POSTER=$OUT_DIR/$BASENAME-poster.jpg

# --- captions -----------------------------------------------------------------

{
  printf 'WEBVTT\n\n'
  t=0
  cue=0
  for ((s = 0; s < SCENES; s++)); do
    start=$t
    for ((c = 0; c < chunk_count[s]; c++)); do
      end=$(calc "$start + ${chunk_dur[$s,$c]}")
      cue=$((cue + 1))
      printf '%d\n%s --> %s\n' "$cue" "$(vtt_time "$start")" "$(vtt_time "$end")"
      wrap "${chunk_text[$s,$c]}" "$CUE_MAX_CHARS"
      printf '\n'
      start=$end
    done
    t=$(calc "$t + ${scene_dur[s]}")
  done
} >"$VTT"
TOTAL=$t

# --- video ------------------------------------------------------------------------

: >"$WORK/audio.txt"
inputs=()
vlabels=""
for ((s = 0; s < SCENES; s++)); do
  num=$((s + 1))
  printf "file '%s'\n" "$WORK/scene$num.wav" >>"$WORK/audio.txt"
  inputs+=(-loop 1 -framerate "$FPS" -t "${scene_dur[s]}" -i "$WORK/slide$num.png")
  vlabels+="[$s:v]"
done
"${FF[@]}" -f concat -safe 0 -i "$WORK/audio.txt" -c copy "$WORK/narration.wav"

"${FF[@]}" "${inputs[@]}" -i "$WORK/narration.wav" \
  -filter_complex "${vlabels}concat=n=${SCENES}:v=1:a=0,format=yuv420p[v]" \
  -map '[v]' -map "${SCENES}:a" \
  -c:v libx264 -preset veryslow -tune stillimage -crf 32 -r "$FPS" -g $((FPS * 10)) \
  -profile:v main -pix_fmt yuv420p \
  -c:a aac -b:a 48k -ac 1 -ar "$AUDIO_RATE" \
  -metadata title="$VIDEO_TITLE" -metadata:s:a:0 language=deu \
  -movflags +faststart "$MP4"

# --- poster -------------------------------------------------------------------------

"${FF[@]}" -i "$WORK/slide1.png" -q:v 4 "$POSTER"

# --- summary ------------------------------------------------------------------------

MP4_DUR=$(duration "$MP4")
MP4_BYTES=$(stat -c %s "$MP4")
(( MP4_BYTES <= MAX_MP4_BYTES )) || warn "video is $MP4_BYTES bytes (target < $MAX_MP4_BYTES)"
echo "narration: $(printf '%s ' "${texts[@]}" | wc -w) words, audio ${TOTAL} s"
echo "video:     $MP4 ($MP4_BYTES bytes, ${MP4_DUR} s)"
echo "captions:  $VTT ($(grep -c -- '-->' "$VTT") cues, $(stat -c %s "$VTT") bytes)"
echo "poster:    $POSTER ($(stat -c %s "$POSTER") bytes)"
echo "seed durationSeconds: $(awk -v d="$MP4_DUR" 'BEGIN { printf "%d", d + 0.5 }')"
