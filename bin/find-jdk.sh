# Sourced by ./build and ./hearsay: sets JAVA_HOME to a JDK >= 21, or fails with a message.
# The default java on this kind of machine is 17; a Temurin 25 JDK is installed beside it.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "hearsay: no JDK 21 or newer found (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  exit 1
fi
export JAVA_HOME
