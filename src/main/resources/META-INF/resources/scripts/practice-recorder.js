// "Practise aloud" (decision 020): records audio (and video, when the applicant ticks "Record video too") with
// MediaRecorder, shows a timer against the target and a level meter, measures the delivery from the decoded
// audio (RMS per 50 ms window) and uploads what the applicant keeps. Plain script, no build step: the app
// ships Vaadin's prebuilt bundle.
(function () {
  'use strict';

  const WINDOW_MS = 50;
  const LONG_PAUSE_MS = 2000;
  const VIDEO_CHOICE = 'matchprep.recorder.video'; // per browser: the choice is about this device's camera
  // 640x360 is enough to see posture, eye contact and gestures. 450 kbit/s of video and 64 kbit/s of Opus make
  // 5 minutes (the longest recording) about 19.3 MB, under the 25 MB per recording with a fifth to spare for
  // the container and an encoder overshooting its target; the recorder also stops itself near the byte limit.
  const VIDEO = { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 24, max: 30 } };
  const VIDEO_BITS_PER_SECOND = 450000;
  const AUDIO_BITS_PER_SECOND_WITH_VIDEO = 64000;
  const VIDEO_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];
  // the raw signal: nothing plays while recording (no echo to cancel), a steady gain keeps pauses measurable, and
  // noise suppression would fade out steady sounds; the threshold in measure() adapts to the room instead
  const MICROPHONE = { echoCancellation: false, autoGainControl: false, noiseSuppression: false };

  function clock(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }

  /** Speaking time and pauses from decoded samples: a window is speech when its RMS is over the threshold. */
  function measure(buffer) {
    const samples = buffer.getChannelData(0);
    const perWindow = Math.max(1, Math.round(buffer.sampleRate * WINDOW_MS / 1000));
    const levels = [];
    for (let start = 0; start < samples.length; start += perWindow) {
      const end = Math.min(samples.length, start + perWindow);
      let sum = 0;
      for (let i = start; i < end; i++) {
        sum += samples[i] * samples[i];
      }
      levels.push(Math.sqrt(sum / (end - start)));
    }
    const sorted = levels.slice().sort((a, b) => a - b);
    const floor = sorted.length ? sorted[Math.floor(sorted.length * 0.1)] : 0;
    const loud = sorted.length ? sorted[Math.floor(sorted.length * 0.95)] : 0;
    // over the room's noise, and a fair share of the loud parts: works for a quiet room and a fan alike
    const threshold = Math.max(0.01, floor * 3, loud * 0.1);
    const durationMs = Math.round(buffer.duration * 1000);
    let speakingMs = 0;
    const pauses = [];
    let silentSince = 0; // silence before the first word counts: a slow start is worth seeing
    let spokeYet = false;
    levels.forEach((level, index) => {
      const at = index * WINDOW_MS;
      if (level >= threshold) {
        speakingMs += Math.min(WINDOW_MS, durationMs - at);
        if (silentSince !== null && at - silentSince > LONG_PAUSE_MS) {
          pauses.push([silentSince, at]);
        }
        silentSince = null;
        spokeYet = true;
      } else if (silentSince === null) {
        silentSince = at;
      }
    });
    // silence after the last word is the pause before pressing stop, not a pause in the answer
    return { durationMs: durationMs, speakingMs: Math.min(speakingMs, durationMs), pauses: spokeYet ? pauses : [] };
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function attach(host, options) {
    host.innerHTML = '';
    const status = element('p', 'recorder-status', 'Press "Start recording" and answer aloud. Your written answer stays beside you as notes.');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const timer = element('div', 'recorder-timer', '0:00');
    timer.setAttribute('aria-label', 'Recording time');
    const target = element('span', 'recorder-target', 'Target ' + options.targetLabel);
    const meter = element('div', 'recorder-meter');
    meter.setAttribute('role', 'meter');
    meter.setAttribute('aria-label', 'Microphone level');
    meter.setAttribute('aria-valuemin', '0');
    meter.setAttribute('aria-valuemax', '100');
    meter.setAttribute('aria-valuenow', '0'); // a meter needs its value from the start (axe aria-required-attr)
    const level = element('div', 'recorder-level');
    meter.appendChild(level);
    const figures = element('p', 'recorder-figures');
    const start = element('button', 'recorder-start', 'Start recording');
    const stop = element('button', 'recorder-stop', 'Stop');
    const keep = element('button', 'recorder-keep', 'Keep');
    const discard = element('button', 'recorder-discard', 'Discard');
    [start, stop, keep, discard].forEach(button => button.type = 'button');
    const buttons = element('div', 'recorder-buttons');
    buttons.append(start, stop, keep, discard);
    const clockLine = element('div', 'recorder-clock');
    clockLine.append(timer, target);
    const videoChoice = element('label', 'recorder-video-choice');
    const videoBox = element('input');
    videoBox.type = 'checkbox';
    videoBox.checked = storedChoice() === 'on'; // off unless chosen in this browser
    videoBox.addEventListener('change', () => storeChoice(videoBox.checked ? 'on' : 'off'));
    videoChoice.append(videoBox, document.createTextNode(' Record video too'));
    const preview = element('video', 'recorder-preview');
    preview.muted = true; // the applicant's own voice played back would echo into the recording
    preview.playsInline = true;
    preview.setAttribute('aria-label', 'Camera preview');
    preview.hidden = true;
    host.append(clockLine, meter, videoChoice, preview, buttons, status, figures);

    let stream = null;
    let recorder = null;
    let chunks = [];
    let startedAt = 0;
    let tick = null;
    let audioContext = null;
    let recorded = null; // {blob, figures}
    let recordedBytes = 0;
    let cameraNote = '';

    function show(state) {
      start.hidden = state !== 'idle';
      videoBox.disabled = state === 'recording';
      stop.hidden = state !== 'recording';
      keep.hidden = state !== 'recorded';
      discard.hidden = state !== 'recorded';
      host.dataset.state = state;
    }
    show('idle');

    function release() {
      if (tick) {
        cancelAnimationFrame(tick);
        tick = null;
      }
      if (stream) {
        stream.getTracks().forEach(track => track.stop());
        stream = null;
      }
      if (audioContext) {
        audioContext.close();
        audioContext = null;
      }
      level.style.width = '0%';
      meter.setAttribute('aria-valuenow', '0');
      preview.srcObject = null;
      preview.hidden = true;
    }

    /** Microphone and camera when video is chosen; a refused or missing camera still records sound. */
    async function openDevices() {
      cameraNote = '';
      if (videoBox.checked) {
        try {
          return await navigator.mediaDevices.getUserMedia({ audio: MICROPHONE, video: VIDEO });
        } catch (camera) {
          // was it the camera? ask for the microphone alone: if that works, record sound and say why
          const audioOnly = await navigator.mediaDevices.getUserMedia({ audio: MICROPHONE, video: false });
          cameraNote = camera && (camera.name === 'NotFoundError' || camera.name === 'OverconstrainedError'
            || camera.name === 'NotReadableError')
            ? 'No camera was found (or it is in use elsewhere), so this attempt records sound only.'
            : 'MatchPrep may not use your camera, so this attempt records sound only. Allow the camera in the browser (the icon in the address bar) to record video.';
          host.dataset.cameraError = camera ? camera.name : 'unknown';
          return audioOnly;
        }
      }
      return navigator.mediaDevices.getUserMedia({ audio: MICROPHONE, video: false });
    }

    function recorderFor(stream) {
      if (stream.getVideoTracks().length === 0) {
        return new MediaRecorder(stream);
      }
      const type = VIDEO_TYPES.find(candidate => MediaRecorder.isTypeSupported(candidate));
      const settings = { videoBitsPerSecond: VIDEO_BITS_PER_SECOND, audioBitsPerSecond: AUDIO_BITS_PER_SECOND_WITH_VIDEO };
      if (type) {
        settings.mimeType = type;
      }
      return new MediaRecorder(stream, settings);
    }

    function verdictOf(ms) {
      if (ms < options.targetMinMs) {
        return 'short of the target';
      }
      return ms > options.targetMaxMs ? 'over the target' : 'on target';
    }

    start.addEventListener('click', async () => {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
        status.textContent = 'This browser cannot record audio. Try a current Chrome, Edge, Firefox or Safari.';
        return;
      }
      delete host.dataset.cameraError;
      try {
        stream = await openDevices();
      } catch (refused) {
        status.textContent = refused && (refused.name === 'NotFoundError' || refused.name === 'OverconstrainedError')
          ? 'No microphone was found. Connect one (or a headset) and try again.'
          : 'MatchPrep may not use your microphone. Allow it in the browser (the icon in the address bar) and try again.';
        host.dataset.error = refused ? refused.name : 'unknown';
        return;
      }
      audioContext = new AudioContext();
      const analyser = audioContext.createAnalyser();
      analyser.fftSize = 1024;
      audioContext.createMediaStreamSource(stream).connect(analyser);
      const wave = new Uint8Array(analyser.fftSize);
      chunks = [];
      recordedBytes = 0;
      const withVideo = stream.getVideoTracks().length > 0;
      host.dataset.video = String(withVideo);
      if (withVideo) {
        preview.srcObject = stream;
        preview.hidden = false;
        preview.play().catch(() => {});
      }
      recorder = recorderFor(stream);
      recorder.ondataavailable = event => {
        if (event.data.size > 0) {
          chunks.push(event.data);
          recordedBytes += event.data.size;
          // a few seconds before the byte limit: stop rather than make a file the server must refuse
          if (options.maxBytes && recordedBytes > options.maxBytes * 0.95 && recorder.state === 'recording') {
            status.textContent = 'Stopped: the recording reached the size limit.';
            recorder.stop();
          }
        }
      };
      recorder.onstop = () => finish(recorder.mimeType);
      recorder.start(1000);
      startedAt = performance.now();
      status.textContent = (cameraNote ? cameraNote + ' ' : '') + 'Recording. Press "Stop" when you are done.';
      figures.textContent = '';
      show('recording');
      const draw = () => {
        const elapsed = performance.now() - startedAt;
        timer.textContent = clock(elapsed);
        timer.dataset.verdict = verdictOf(elapsed).replace(/ /g, '-');
        analyser.getByteTimeDomainData(wave);
        let sum = 0;
        for (let i = 0; i < wave.length; i++) {
          const v = (wave[i] - 128) / 128;
          sum += v * v;
        }
        const percent = Math.min(100, Math.round(Math.sqrt(sum / wave.length) * 300));
        level.style.width = percent + '%';
        meter.setAttribute('aria-valuenow', String(percent));
        if (recorder.state === 'inactive') {
          return; // stopped at the size limit
        }
        if (elapsed >= options.maxMs) {
          status.textContent = 'Stopped at the limit of ' + clock(options.maxMs) + '.';
          recorder.stop();
          return;
        }
        tick = requestAnimationFrame(draw);
      };
      tick = requestAnimationFrame(draw);
    });

    stop.addEventListener('click', () => {
      if (recorder && recorder.state !== 'inactive') {
        recorder.stop();
      }
    });

    async function finish(mimeType) {
      release();
      // the figures come from the audio track: decodeAudioData reads it out of a WebM or MP4 with video as well
      const blob = new Blob(chunks, { type: mimeType || 'audio/webm' });
      status.textContent = 'Measuring…';
      try {
        const decoder = new AudioContext();
        const buffer = await decoder.decodeAudioData(await blob.arrayBuffer());
        decoder.close();
        recorded = { blob: blob, figures: measure(buffer) };
      } catch (undecodable) {
        status.textContent = 'The recording could not be read back. Please record again.';
        show('idle');
        return;
      }
      const f = recorded.figures;
      timer.textContent = clock(f.durationMs);
      figures.textContent = 'Length ' + clock(f.durationMs) + ' (' + verdictOf(f.durationMs) + '), speaking '
        + clock(f.speakingMs) + ', long pauses: '
        + (f.pauses.length ? f.pauses.map(p => 'at ' + clock(p[0]) + ' for ' + ((p[1] - p[0]) / 1000).toFixed(1) + ' s').join(', ') : 'none') + '.';
      host.dataset.durationMs = String(f.durationMs);
      host.dataset.speakingMs = String(f.speakingMs);
      host.dataset.pauses = f.pauses.map(p => p[0] + '-' + p[1]).join(',');
      status.textContent = (cameraNote ? cameraNote + ' ' : '') + 'Keep this attempt, or discard it and try again.';
      show('recorded');
    }

    discard.addEventListener('click', () => {
      recorded = null;
      figures.textContent = '';
      timer.textContent = '0:00';
      status.textContent = 'Discarded. Start again when you are ready.';
      show('idle');
    });

    keep.addEventListener('click', async () => {
      if (!recorded) {
        return;
      }
      keep.disabled = true;
      status.textContent = 'Saving…';
      const f = recorded.figures;
      const query = new URLSearchParams({ durationMs: String(f.durationMs),
        speakingMs: String(f.speakingMs), pauses: f.pauses.map(p => p[0] + '-' + p[1]).join(',') });
      query.set(options.subject || 'question', String(options.subjectId)); // ?question=12 or ?mock=7
      const headers = { 'Content-Type': recorded.blob.type };
      headers[options.csrfHeader] = options.csrfToken;
      try {
        const response = await fetch(new URL('recordings?' + query, document.baseURI), {
          method: 'POST', body: recorded.blob, headers: headers, credentials: 'same-origin' });
        const answer = await response.json().catch(() => ({}));
        if (!response.ok) {
          status.textContent = answer.message || 'The recording was not saved (' + response.status + '). Please try again.';
          return;
        }
        recorded = null;
        figures.textContent = '';
        timer.textContent = '0:00';
        status.textContent = 'Saved: ' + (answer.verdict || '');
        show('idle');
        if (host.$server && host.$server.recorded) {
          host.$server.recorded(answer.id);
        }
      } catch (offline) {
        status.textContent = 'The recording was not saved: the connection failed. Please try again.';
      } finally {
        keep.disabled = false;
      }
    });
  }

  function storedChoice() {
    try {
      return window.localStorage.getItem(VIDEO_CHOICE);
    } catch (unavailable) {
      return null; // storage switched off: the box starts unticked
    }
  }

  function storeChoice(value) {
    try {
      window.localStorage.setItem(VIDEO_CHOICE, value);
    } catch (unavailable) {
      // the choice is then not remembered; recording works the same
    }
  }

  /** Seeks a player to a moment and plays from there (a comment's time was clicked). */
  function seek(audio, seconds) {
    if (!audio) {
      return;
    }
    audio.currentTime = seconds;
    audio.play().catch(() => {});
  }

  window.matchprepRecorder = { attach: attach, measure: measure, seek: seek };
})();
