"""faust's aiokafka transport with a configurable consumer fetch wait.

faust hard-codes `fetch_max_wait_ms=1500` for the worker's consumer. Apache Kafka answers a
fetch as soon as data arrives, so the value rarely matters there; the embedded broker holds
every fetch for the full wait, which put over a second of latency on each hop.
"""

from __future__ import annotations

from faust.transport.drivers import aiokafka as driver


def transport_class(fetch_max_wait_ms: int) -> type[driver.Transport]:
    class ConsumerThread(driver.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport):
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read by the fetcher at start()
            return consumer

    class Consumer(driver.Consumer):
        def _new_consumer_thread(self):
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    class Transport(driver.Transport):
        pass

    Transport.Consumer = Consumer
    return Transport
