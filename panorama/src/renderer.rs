//! Draws a panorama with WebGL as Pannellum does: one quad covers the
//! canvas, and its fragment shader turns each pixel into the direction it
//! looks along and that direction into a point of the picture, so every
//! field of view costs the same. A picture larger than the GPU's largest
//! texture is cut into tiles (`tiles`), one pass each.

use crate::tiles::{tiles, Tile};
use model::panorama::View;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, WebGlProgram,
    WebGlRenderingContext as Gl, WebGlShader, WebGlTexture, WebGlUniformLocation,
};

const VERTEX: &str = "
attribute vec2 a_position;
varying vec2 v_screen;
void main() {
  v_screen = a_position;
  gl_Position = vec4(a_position, 0.0, 1.0);
}";

// The same mapping as `model::panorama` (`View::unproject`, `point`).
const FRAGMENT: &str = "
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif
uniform vec2 u_half;
uniform vec3 u_ahead;
uniform vec3 u_right;
uniform vec3 u_up;
uniform vec4 u_tile;
uniform sampler2D u_picture;
varying vec2 v_screen;
const float PI = 3.141592653589793;
void main() {
  vec3 d = normalize(u_ahead + u_right * (v_screen.x * u_half.x) + u_up * (v_screen.y * u_half.y));
  vec2 p = vec2(fract(0.5 + atan(d.x, -d.z) / (2.0 * PI)), 0.5 - asin(clamp(d.y, -1.0, 1.0)) / PI);
  vec2 t = (p - u_tile.xy) / u_tile.zw;
  if (t.x < 0.0 || t.x > 1.0 || t.y < 0.0 || t.y > 1.0) discard;
  gl_FragColor = texture2D(u_picture, t);
}";

/// Why a panorama cannot be drawn; the page then shows it flat.
#[derive(Debug, PartialEq, Eq)]
pub enum RendererError {
    /// The browser (or its GPU settings) offers no WebGL.
    NoWebGl,
    /// The GPU refused the shaders or the picture.
    Gpu(String),
}

struct Uniforms {
    half: WebGlUniformLocation,
    ahead: WebGlUniformLocation,
    right: WebGlUniformLocation,
    up: WebGlUniformLocation,
    tile: WebGlUniformLocation,
}

/// A picture's tile on the GPU, and where it lies in the picture (as
/// fractions: x, y, width, height).
struct Texture {
    texture: WebGlTexture,
    rect: [f32; 4],
}

pub struct Renderer {
    canvas: HtmlCanvasElement,
    gl: Gl,
    uniforms: Uniforms,
    textures: Vec<Texture>,
}

fn gpu(message: impl Into<String>) -> RendererError {
    RendererError::Gpu(message.into())
}

fn shader(gl: &Gl, kind: u32, source: &str) -> Result<WebGlShader, RendererError> {
    let shader = gl.create_shader(kind).ok_or_else(|| gpu("no shader"))?;
    gl.shader_source(&shader, source);
    gl.compile_shader(&shader);
    if gl
        .get_shader_parameter(&shader, Gl::COMPILE_STATUS)
        .as_bool()
        .unwrap_or(false)
    {
        Ok(shader)
    } else {
        Err(gpu(gl.get_shader_info_log(&shader).unwrap_or_default()))
    }
}

fn program(gl: &Gl) -> Result<WebGlProgram, RendererError> {
    let program = gl.create_program().ok_or_else(|| gpu("no program"))?;
    gl.attach_shader(&program, &shader(gl, Gl::VERTEX_SHADER, VERTEX)?);
    gl.attach_shader(&program, &shader(gl, Gl::FRAGMENT_SHADER, FRAGMENT)?);
    gl.link_program(&program);
    if gl
        .get_program_parameter(&program, Gl::LINK_STATUS)
        .as_bool()
        .unwrap_or(false)
    {
        Ok(program)
    } else {
        Err(gpu(gl.get_program_info_log(&program).unwrap_or_default()))
    }
}

impl Renderer {
    /// A renderer drawing into `canvas`, or why there can be none.
    pub fn new(canvas: &HtmlCanvasElement) -> Result<Renderer, RendererError> {
        let gl: Gl = canvas
            .get_context("webgl")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or(RendererError::NoWebGl)?;
        let program = program(&gl)?;
        gl.use_program(Some(&program));
        // The quad: two triangles covering the screen.
        let buffer = gl.create_buffer().ok_or_else(|| gpu("no buffer"))?;
        gl.bind_buffer(Gl::ARRAY_BUFFER, Some(&buffer));
        let corners =
            js_sys::Float32Array::from(&[-1.0f32, -1.0, 1.0, -1.0, -1.0, 1.0, 1.0, 1.0][..]);
        gl.buffer_data_with_array_buffer_view(Gl::ARRAY_BUFFER, &corners, Gl::STATIC_DRAW);
        let position = gl.get_attrib_location(&program, "a_position");
        let position = u32::try_from(position).map_err(|_| gpu("no a_position"))?;
        gl.vertex_attrib_pointer_with_i32(position, 2, Gl::FLOAT, false, 0, 0);
        gl.enable_vertex_attrib_array(position);
        let uniform = |name: &str| {
            gl.get_uniform_location(&program, name)
                .ok_or_else(|| gpu(format!("no {name}")))
        };
        let uniforms = Uniforms {
            half: uniform("u_half")?,
            ahead: uniform("u_ahead")?,
            right: uniform("u_right")?,
            up: uniform("u_up")?,
            tile: uniform("u_tile")?,
        };
        gl.uniform1i(Some(&uniform("u_picture")?), 0);
        Ok(Renderer {
            canvas: canvas.clone(),
            gl,
            uniforms,
            textures: Vec::new(),
        })
    }

    /// The largest texture side this GPU takes.
    pub fn max_texture_size(&self) -> u32 {
        self.gl
            .get_parameter(Gl::MAX_TEXTURE_SIZE)
            .ok()
            .and_then(|v| v.as_f64())
            .map_or(2048, |v| v as u32)
    }

    /// Puts a loaded picture on the GPU, in tiles when it is too large for
    /// one texture.
    pub fn set_picture(&mut self, picture: &HtmlImageElement) -> Result<(), RendererError> {
        self.set_picture_in_tiles(picture, self.max_texture_size())
    }

    /// `set_picture` with textures of at most `max` pixels a side (a GPU
    /// that takes larger ones tiles as a smaller one would).
    pub fn set_picture_in_tiles(
        &mut self,
        picture: &HtmlImageElement,
        max: u32,
    ) -> Result<(), RendererError> {
        let (width, height) = (picture.natural_width(), picture.natural_height());
        if width == 0 || height == 0 {
            return Err(gpu("the picture has not loaded"));
        }
        let cut = tiles(width, height, max.min(self.max_texture_size()));
        let mut textures = Vec::with_capacity(cut.len());
        for tile in &cut {
            let texture = self.texture()?;
            let uploaded = if cut.len() == 1 {
                self.gl.tex_image_2d_with_u32_and_u32_and_image(
                    Gl::TEXTURE_2D,
                    0,
                    Gl::RGB as i32,
                    Gl::RGB,
                    Gl::UNSIGNED_BYTE,
                    picture,
                )
            } else {
                let piece = piece(picture, tile)?;
                self.gl.tex_image_2d_with_u32_and_u32_and_canvas(
                    Gl::TEXTURE_2D,
                    0,
                    Gl::RGB as i32,
                    Gl::RGB,
                    Gl::UNSIGNED_BYTE,
                    &piece,
                )
            };
            uploaded.map_err(|e| gpu(format!("{e:?}")))?;
            let fraction = |v: u32, of: u32| (f64::from(v) / f64::from(of)) as f32;
            textures.push(Texture {
                texture,
                rect: [
                    fraction(tile.x, width),
                    fraction(tile.y, height),
                    fraction(tile.width, width),
                    fraction(tile.height, height),
                ],
            });
        }
        for old in std::mem::replace(&mut self.textures, textures) {
            self.gl.delete_texture(Some(&old.texture));
        }
        Ok(())
    }

    /// A new texture, bound, sampled without mipmaps (any size works in
    /// WebGL 1 then).
    fn texture(&self) -> Result<WebGlTexture, RendererError> {
        let gl = &self.gl;
        let texture = gl.create_texture().ok_or_else(|| gpu("no texture"))?;
        gl.bind_texture(Gl::TEXTURE_2D, Some(&texture));
        for (name, value) in [
            (Gl::TEXTURE_MIN_FILTER, Gl::LINEAR),
            (Gl::TEXTURE_MAG_FILTER, Gl::LINEAR),
            (Gl::TEXTURE_WRAP_S, Gl::CLAMP_TO_EDGE),
            (Gl::TEXTURE_WRAP_T, Gl::CLAMP_TO_EDGE),
        ] {
            gl.tex_parameteri(Gl::TEXTURE_2D, name, value as i32);
        }
        Ok(texture)
    }

    /// Whether a picture is on the GPU.
    pub fn has_picture(&self) -> bool {
        !self.textures.is_empty()
    }

    /// Sizes the canvas's pixels to its place on the page (up to twice
    /// the CSS pixels on dense screens); answers its aspect (width over
    /// height).
    pub fn fit(&self) -> f64 {
        let ratio = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .clamp(1.0, 2.0);
        let (css_width, css_height) = (
            f64::from(self.canvas.client_width().max(1)),
            f64::from(self.canvas.client_height().max(1)),
        );
        let (width, height) = ((css_width * ratio) as u32, (css_height * ratio) as u32);
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        css_width / css_height
    }

    /// Draws the panorama as seen along `view`.
    pub fn draw(&self, view: &View) {
        let aspect = self.fit();
        let gl = &self.gl;
        gl.viewport(
            0,
            0,
            self.canvas.width() as i32,
            self.canvas.height() as i32,
        );
        gl.clear_color(0.0, 0.0, 0.0, 1.0);
        gl.clear(Gl::COLOR_BUFFER_BIT);
        let (right, up) = view.basis();
        let ahead = view.ahead();
        let (half_width, half_height) = view.half_extent(aspect);
        let v = |a: [f64; 3]| (a[0] as f32, a[1] as f32, a[2] as f32);
        let u = &self.uniforms;
        gl.uniform2f(Some(&u.half), half_width as f32, half_height as f32);
        let (x, y, z) = v(ahead);
        gl.uniform3f(Some(&u.ahead), x, y, z);
        let (x, y, z) = v(right);
        gl.uniform3f(Some(&u.right), x, y, z);
        let (x, y, z) = v(up);
        gl.uniform3f(Some(&u.up), x, y, z);
        gl.active_texture(Gl::TEXTURE0);
        for texture in &self.textures {
            let [x, y, w, h] = texture.rect;
            gl.uniform4f(Some(&u.tile), x, y, w, h);
            gl.bind_texture(Gl::TEXTURE_2D, Some(&texture.texture));
            gl.draw_arrays(Gl::TRIANGLE_STRIP, 0, 4);
        }
    }
}

/// One tile of the picture, drawn onto a canvas of its own.
fn piece(picture: &HtmlImageElement, tile: &Tile) -> Result<HtmlCanvasElement, RendererError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| gpu("no document"))?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|e| gpu(format!("{e:?}")))?
        .unchecked_into();
    canvas.set_width(tile.width);
    canvas.set_height(tile.height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| gpu("no 2d canvas"))?;
    let f = f64::from;
    context
        .draw_image_with_html_image_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            picture,
            f(tile.x),
            f(tile.y),
            f(tile.width),
            f(tile.height),
            0.0,
            0.0,
            f(tile.width),
            f(tile.height),
        )
        .map_err(|e: JsValue| gpu(format!("{e:?}")))?;
    Ok(canvas)
}
