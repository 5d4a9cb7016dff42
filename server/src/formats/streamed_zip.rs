//! A zip written while it is sent (class and school exports): each entry
//! goes out as soon as it is written, so an export of a whole school holds
//! one scene's package in memory at a time and the browser shows the
//! download growing from the first second. The zip writer is blocking
//! code; it runs on tokio's blocking threads and hands its bytes over a
//! bounded channel, so a slow download slows the writing rather than
//! filling memory, and an abandoned one stops it.

use axum::body::{Body, Bytes};
use std::io::{self, Write};
use std::time::Duration;
use tokio::sync::mpsc;
use zip::write::{SimpleFileOptions, StreamWriter};
use zip::{CompressionMethod, ZipWriter};

/// Bytes gathered before they are sent as one piece of the response.
const CHUNK: usize = 256 * 1024;
/// Pieces waiting to be sent before the writer waits for the download.
const PIECES_WAITING: usize = 8;
/// How long the writer waits for a download that takes nothing before it
/// gives up, so a stalled client cannot hold its turn for ever.
const STALLED_AFTER: Duration = Duration::from_secs(60);

type Piece = io::Result<Bytes>;

/// The writer's end: collects bytes and sends them in pieces.
struct Pieces {
    sender: mpsc::Sender<Piece>,
    collected: Vec<u8>,
    /// How long a piece waits for the download to take it.
    patience: Duration,
}

impl Pieces {
    /// Sends what was collected; runs on a blocking thread, which may wait.
    fn send(&mut self) -> io::Result<()> {
        if self.collected.is_empty() {
            return Ok(());
        }
        let piece = Bytes::from(std::mem::take(&mut self.collected));
        let runtime = tokio::runtime::Handle::try_current()
            .map_err(|_| io::Error::other("a zip is written outside the server"))?;
        match runtime.block_on(tokio::time::timeout(
            self.patience,
            self.sender.send(Ok(piece)),
        )) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the download was abandoned",
            )),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the download took nothing for a minute",
            )),
        }
    }
}

impl Write for Pieces {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        // A piece at a time, however large the entry.
        let taken = bytes.len().min(CHUNK - self.collected.len());
        self.collected.extend_from_slice(&bytes[..taken]);
        if self.collected.len() >= CHUNK {
            self.send()?;
        }
        Ok(taken)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// How an entry is stored: packages and pictures are compressed already.
#[derive(Clone, Copy)]
pub enum Packing {
    Stored,
    Deflated,
}

/// A zip being sent as the body of a response.
pub struct StreamedZip {
    writer: Option<ZipWriter<StreamWriter<Pieces>>>,
    sender: mpsc::Sender<Piece>,
}

impl StreamedZip {
    /// The zip, and the response body it is sent as.
    pub fn new() -> (StreamedZip, Body) {
        StreamedZip::waiting_at_most(STALLED_AFTER)
    }

    /// The same, giving up on a download that takes nothing for `patience`.
    fn waiting_at_most(patience: Duration) -> (StreamedZip, Body) {
        let (sender, mut receiver) = mpsc::channel(PIECES_WAITING);
        let pieces = Pieces {
            sender: sender.clone(),
            collected: Vec::with_capacity(CHUNK),
            patience,
        };
        // A closed channel keeps answering `None`, however often it is
        // asked (the compression layer asks again after the end).
        let body = Body::from_stream(futures_util::stream::poll_fn(move |context| {
            receiver.poll_recv(context)
        }));
        let zip = StreamedZip {
            writer: Some(ZipWriter::new_stream(pieces)),
            sender,
        };
        (zip, body)
    }

    /// Writes the entry `name` (a path inside the zip) and sends it.
    pub async fn add(&mut self, name: String, bytes: Vec<u8>, packing: Packing) -> io::Result<()> {
        let mut writer = self.writer.take().ok_or_else(finished)?;
        let writer = tokio::task::spawn_blocking(move || {
            let method = match packing {
                Packing::Stored => CompressionMethod::Stored,
                Packing::Deflated => CompressionMethod::Deflated,
            };
            let options = SimpleFileOptions::default()
                .compression_method(method)
                .large_file(bytes.len() as u64 >= u64::from(u32::MAX));
            writer.start_file(name, options).map_err(io::Error::other)?;
            writer.write_all(&bytes)?;
            Ok::<_, io::Error>(writer)
        })
        .await
        .map_err(io::Error::other)??;
        self.writer = Some(writer);
        Ok(())
    }

    /// Writes the zip's directory and sends the rest.
    pub async fn finish(mut self) -> io::Result<()> {
        let writer = self.writer.take().ok_or_else(finished)?;
        tokio::task::spawn_blocking(move || {
            let mut pieces = writer.finish().map_err(io::Error::other)?.into_inner();
            pieces.flush()
        })
        .await
        .map_err(io::Error::other)?
    }

    /// Ends the download as failed: the browser shows it broken off
    /// rather than saving a zip that looks whole.
    pub async fn fail(mut self, why: &str) {
        let failure = self.sender.send(Err(io::Error::other(why.to_string())));
        let _ = tokio::time::timeout(STALLED_AFTER, failure).await;
        // The writer writes its directory when dropped (into a download
        // that has ended): let it, where it may wait.
        if let Some(writer) = self.writer.take() {
            let _ = tokio::task::spawn_blocking(move || drop(writer)).await;
        }
    }
}

fn finished() -> io::Error {
    io::Error::other("the zip was already finished")
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;
    use std::io::{Cursor, Read};

    #[tokio::test]
    async fn entries_arrive_as_a_zip_any_reader_opens() {
        let (mut zip, body) = StreamedZip::new();
        let big: Vec<u8> = (0..3 * CHUNK).map(|i| (i % 251) as u8).collect();
        let expected = big.clone();
        let writing = tokio::spawn(async move {
            zip.add(
                "index.csv".into(),
                b"file,title\n".to_vec(),
                Packing::Deflated,
            )
            .await
            .unwrap();
            zip.add("scenes/a.pinpoint.zip".into(), big, Packing::Stored)
                .await
                .unwrap();
            zip.finish().await.unwrap();
        });
        let bytes = body.collect().await.unwrap().to_bytes();
        writing.await.unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        archive
            .by_name("index.csv")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "file,title\n");
        let mut read = Vec::new();
        archive
            .by_name("scenes/a.pinpoint.zip")
            .unwrap()
            .read_to_end(&mut read)
            .unwrap();
        assert_eq!(read, expected);
    }

    #[tokio::test]
    async fn a_download_that_takes_nothing_is_given_up() {
        let (mut zip, body) = StreamedZip::waiting_at_most(Duration::from_millis(50));
        let big = vec![7u8; (PIECES_WAITING + 2) * CHUNK];
        let error = zip
            .add("big".into(), big, Packing::Stored)
            .await
            .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        drop(body);
    }

    #[tokio::test]
    async fn an_abandoned_download_stops_the_writing() {
        let (mut zip, body) = StreamedZip::new();
        drop(body);
        let big = vec![7u8; 4 * CHUNK];
        let error = zip
            .add("big".into(), big, Packing::Stored)
            .await
            .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::BrokenPipe);
    }
}
