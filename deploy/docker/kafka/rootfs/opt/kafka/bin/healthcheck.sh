#!/usr/bin/env bash
# Healthy once the broker answers a FindCoordinator (v1) request for a consumer group with error 0 on the
# operator listener, as tools/kafka/kafka-broker.mjs waits: on a fresh broker the first such request also
# makes Kafka create __consumer_offsets, so the services' first group join does not wait for it.
host=${KAFKA_OPERATOR_HOST:-127.0.0.1}
case "$host" in 0.0.0.0 | '' | '::') host=127.0.0.1 ;; esac
exec 3<>"/dev/tcp/$host/${KAFKA_PORT:-9092}" || exit 1
# size 39 | api key 10 | version 1 | correlation id 1 | client id "healthcheck" | group "nrm-healthcheck" | key type 0
printf '\x00\x00\x00\x27\x00\x0a\x00\x01\x00\x00\x00\x01\x00\x0bhealthcheck\x00\x0fnrm-healthcheck\x00' >&3
# size | correlation id | throttle time | error code
read -r -a bytes < <(timeout 4 head -c 14 <&3 | od -An -v -tu1)
exec 3>&-
[ "${#bytes[@]}" -eq 14 ] && [ "${bytes[12]}" -eq 0 ] && [ "${bytes[13]}" -eq 0 ]
